package org.haven.assessment;

/**
 * The answer to one item. A domain is {@link #SCORED}, or the person {@link #DECLINED} to
 * talk about it, or it was {@link #NOT_ASSESSED}: neither is a score, and neither counts
 * as one. A screening question is {@link #YES}, {@link #NO} or {@link #DECLINED}.
 */
public enum Response {

	SCORED, YES, NO, DECLINED, NOT_ASSESSED;

	boolean answersA(InstrumentKind kind) {
		return switch (this) {
			case SCORED, NOT_ASSESSED -> kind == InstrumentKind.DOMAINS;
			case YES, NO -> kind == InstrumentKind.SCREEN;
			case DECLINED -> true;
		};
	}

}
