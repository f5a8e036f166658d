package org.haven.casefile;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a closed case is kept: the retention period after its closure and its last
 * after-care check ({@code haven.retention.after-closure}, five years unless configured),
 * and the longest a supervisor may keep it beyond, at a time
 * ({@code haven.retention.keep-at-most}, five years).
 */
@Component
class RetentionPeriods {

	private final Period afterClosure;

	private final Period keepAtMost;

	RetentionPeriods(@Value("${haven.retention.after-closure:P5Y}") Period afterClosure,
			@Value("${haven.retention.keep-at-most:P5Y}") Period keepAtMost) {
		if (afterClosure.isNegative() || afterClosure.isZero() || keepAtMost.isNegative() || keepAtMost.isZero()) {
			throw new IllegalStateException("haven.retention periods must be positive");
		}
		this.afterClosure = afterClosure;
		this.keepAtMost = keepAtMost;
	}

	/**
	 * The day a case closed on {@code closedOn}, last checked on {@code lastCheckOn}, is
	 * due.
	 */
	LocalDate dueOn(LocalDate closedOn, LocalDate lastCheckOn) {
		LocalDate from = lastCheckOn != null && lastCheckOn.isAfter(closedOn) ? lastCheckOn : closedOn;
		return from.plus(this.afterClosure);
	}

	/** The last day a case may be kept until, deciding today. */
	LocalDate keepAtMostUntil(LocalDate today) {
		return today.plus(this.keepAtMost);
	}

	Period afterClosure() {
		return this.afterClosure;
	}

}
