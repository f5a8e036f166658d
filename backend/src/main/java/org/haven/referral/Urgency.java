package org.haven.referral;

import java.time.Period;

/** How soon the partner should answer. */
public enum Urgency {

	ROUTINE(Period.ofDays(10)), PRIORITY(Period.ofDays(3)), EMERGENCY(Period.ofDays(1));

	private final Period answerWithin;

	Urgency(Period answerWithin) {
		this.answerWithin = answerWithin;
	}

	/** How long after sending the partner's answer is due. */
	public Period answerWithin() {
		return this.answerWithin;
	}

}
