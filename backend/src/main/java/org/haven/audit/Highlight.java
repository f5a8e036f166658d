package org.haven.audit;

import java.time.Instant;

/**
 * Something unusual for an auditor to look at: who, which pattern, when, how many times.
 * A lead, never a verdict.
 */
public record Highlight(Pattern pattern, String actor, Instant from, long count) {

	public enum Pattern {

		/** One user revealed many identities within an hour. */
		MANY_REVEALS_IN_AN_HOUR,

		/** Identities revealed outside working hours. */
		REVEALS_OUTSIDE_WORKING_HOURS,

		/** Repeated refusals of one user within an hour. */
		REPEATED_DENIALS,

		/**
		 * Stored records that failed an integrity check: altered ciphertexts, rows that
		 * grant access written outside Haven. Always worth a look, even once.
		 */
		INTEGRITY_FINDINGS,

		/**
		 * One user's duplicate checks kept matching persons outside their own cases
		 * within an hour: someone may be finding out whether people are registered.
		 */
		REPEATED_MATCHES_OUTSIDE_OWN_CASES

	}

}
