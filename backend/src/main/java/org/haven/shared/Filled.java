package org.haven.shared;

import java.util.Collection;

/**
 * Whether an optional answer holds something: a blank text or an empty list holds
 * nothing, any other value something. One rule for every "how many fields are filled" a
 * screen or the audit trail counts.
 */
public final class Filled {

	private Filled() {
	}

	public static boolean holdsSomething(Object value) {
		return switch (value) {
			case null -> false;
			case String text -> !text.isBlank();
			case Collection<?> entries -> !entries.isEmpty();
			default -> true;
		};
	}

}
