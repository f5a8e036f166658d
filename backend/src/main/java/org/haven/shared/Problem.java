package org.haven.shared;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with what the user entered: the field it concerns (or none for the
 * whole form) and a message key with arguments. Arguments are limits and counts, never
 * what the user typed.
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

	public Problem {
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
	}

	public static Problem of(String field, String messageKey, Object... arguments) {
		return new Problem(field, messageKey, List.of(arguments));
	}

	public static Problem ofForm(String messageKey, Object... arguments) {
		return new Problem(null, messageKey, List.of(arguments));
	}

	public boolean concernsField() {
		return this.field != null;
	}

}
