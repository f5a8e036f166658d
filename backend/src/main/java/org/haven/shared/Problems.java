package org.haven.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of a whole form, so that the user sees all of them at once. */
public final class Problems {

	private final List<Problem> found = new ArrayList<>();

	public Problems add(Problem problem) {
		this.found.add(problem);
		return this;
	}

	public Problems add(String field, String messageKey, Object... arguments) {
		return add(Problem.of(field, messageKey, arguments));
	}

	/**
	 * Checks a line of text: present when required, at most {@code maxLength} characters,
	 * no control characters. Returns it without surrounding white space.
	 */
	public String text(String field, String value, int maxLength, boolean required) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty()) {
			if (required) {
				add(field, "validation.required");
			}
		}
		else if (stripped.codePointCount(0, stripped.length()) > maxLength) {
			add(field, "validation.too-long", maxLength);
		}
		else if (stripped.codePoints().anyMatch(Character::isISOControl)) {
			add(field, "validation.control-characters");
		}
		return stripped;
	}

	public boolean hasProblemWith(String field) {
		return this.found.stream().anyMatch(problem -> field.equals(problem.field()));
	}

	/** Throws when anything was found; does nothing otherwise. */
	public void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidInputException(this.found);
		}
	}

}
