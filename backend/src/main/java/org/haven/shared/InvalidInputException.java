package org.haven.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was refused and nothing was stored. The message names fields and keys only, so
 * that it is safe to log.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(describe(problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(Problem problem) {
		this(List.of(problem));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		return problems.stream()
			.map(problem -> (problem.concernsField() ? problem.field() : "form") + ": " + problem.messageKey())
			.collect(Collectors.joining(", ", "Invalid input (", ")"));
	}

}
