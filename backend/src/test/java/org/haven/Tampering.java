package org.haven;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flips stored bits the way a database administrator could, as the schema owner, and
 * flips them back on {@link #repair()}, so that later tests in the shared database (key
 * rotations among them) meet no damage they did not make.
 */
public final class Tampering {

	private final JdbcTemplate owner;

	private final List<Runnable> repairs = new ArrayList<>();

	public Tampering(DataSource ownerDataSource) {
		this.owner = new JdbcTemplate(ownerDataSource);
	}

	/** Runs an update that flips a bit ({@code set_bit(x, n, 1 - get_bit(x, n))}). */
	public void flip(String update, Object... arguments) {
		this.owner.update(update, arguments);
		this.repairs.add(() -> this.owner.update(update, arguments));
	}

	/** Flips back every bit flipped since the last repair. */
	public void repair() {
		this.repairs.reversed().forEach(Runnable::run);
		this.repairs.clear();
	}

}
