package org.haven.shared;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

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

	/** Notes a missing answer the field needs; returns whether the answer is there. */
	public boolean required(String field, @Nullable Object value) {
		if (value == null) {
			add(field, "validation.required");
			return false;
		}
		return true;
	}

	/**
	 * Checks a line of text by the {@link FreeText} rule: present when required, at most
	 * {@code maxLength} characters, nothing hidden. Returns it without surrounding white
	 * space.
	 */
	public String text(String field, String value, int maxLength, boolean required) {
		return FreeText.line(maxLength).check(this, field, value, required);
	}

	/**
	 * Checks text of several lines by the {@link FreeText} rule; returns it without
	 * surrounding white space, line breaks written as {@code \n}.
	 */
	public String lines(String field, String value, int maxLength, boolean required) {
		return FreeText.lines(maxLength).check(this, field, value, required);
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
