package org.haven.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.crypto.SealedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every account row that grants access, checked against its seal at once: for auditors,
 * so that a forged row is found even when nobody tried to use it.
 */
@Component
class SealedAccountRows implements SealedRows {

	private final AccountSeals seals;

	private final JdbcTemplate jdbc;

	SealedAccountRows(AccountSeals seals, JdbcTemplate jdbc) {
		this.seals = seals;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Check> checkAll() {
		Tally accounts = new Tally(AccountSeals.ACCOUNT);
		this.jdbc.query(
				"select id, username, external_subject, password_hash, enabled, role_generation, seal from app_user",
				row -> {
					accounts.count(this.seals.check(
							AccountSeals.account(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
									row.getString(4), row.getBoolean(5), row.getLong(6)),
							row.getBytes(7), row.getObject(1, UUID.class)));
				});
		Tally roles = new Tally(AccountSeals.ROLE);
		this.jdbc.query("""
				select r.user_id, r.role, u.role_generation, r.seal
				from app_user_role r join app_user u on u.id = r.user_id""", row -> {
			roles.count(
					this.seals.check(AccountSeals.role(row.getObject(1, UUID.class), row.getString(2), row.getLong(3)),
							row.getBytes(4), row.getObject(1, UUID.class)));
		});
		return List.of(accounts.check(), roles.check());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> sealsPerKeyVersion() {
		return SealedRows.countSeals(this.jdbc, "app_user", "app_user_role");
	}

}
