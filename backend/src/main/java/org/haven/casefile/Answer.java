package org.haven.casefile;

import java.util.List;

/**
 * The answer to one coded question of the intake. "Not asked yet", "declined to answer"
 * and "unknown" are different from each other and from any answer; only ANSWERED carries
 * codes.
 */
public record Answer(State state, List<String> codes) {

	public enum State {

		NOT_ASKED, DECLINED, UNKNOWN, ANSWERED

	}

	public static final Answer NOT_ASKED = new Answer(State.NOT_ASKED, List.of());

	public Answer {
		state = state == null ? State.NOT_ASKED : state;
		codes = state == State.ANSWERED && codes != null ? List.copyOf(codes) : List.of();
	}

	public static Answer of(String... codes) {
		return new Answer(State.ANSWERED, List.of(codes));
	}

	public static Answer declined() {
		return new Answer(State.DECLINED, List.of());
	}

	public static Answer unknown() {
		return new Answer(State.UNKNOWN, List.of());
	}

}
