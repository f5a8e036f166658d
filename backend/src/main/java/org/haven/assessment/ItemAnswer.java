package org.haven.assessment;

import org.jspecify.annotations.Nullable;

/**
 * What the caseworker gives for one item of an administration: the response, the score
 * when the domain is scored (1 critical .. 4 good), and the reason, which a score
 * requires.
 */
public record ItemAnswer(Response response, @Nullable Integer score, @Nullable String reason) {

	public static ItemAnswer scored(int score, String reason) {
		return new ItemAnswer(Response.SCORED, score, reason);
	}

	public static ItemAnswer declined(@Nullable String reason) {
		return new ItemAnswer(Response.DECLINED, null, reason);
	}

	public static ItemAnswer notAssessed(@Nullable String reason) {
		return new ItemAnswer(Response.NOT_ASSESSED, null, reason);
	}

	public static ItemAnswer yes() {
		return new ItemAnswer(Response.YES, null, null);
	}

	public static ItemAnswer no() {
		return new ItemAnswer(Response.NO, null, null);
	}

}
