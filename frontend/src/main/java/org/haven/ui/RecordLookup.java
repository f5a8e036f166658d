package org.haven.ui;

import java.util.function.Supplier;

import org.haven.shared.NotFoundException;

/**
 * How a screen opens the record its address names: a record the domain reports missing,
 * or not the user's to see, shows the {@link NotFoundView}, exactly as an address that
 * does not exist, so that nobody learns what exists by trying addresses.
 */
public final class RecordLookup {

	private RecordLookup() {
	}

	public static <T> T orNotFound(Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (NotFoundException missing) {
			throw NotFoundView.page();
		}
	}

}
