package org.haven.audit;

/**
 * What a check of the audit trail found: intact, or the first place where it is broken
 * and how.
 *
 * @param eventsChecked events whose hash was recomputed
 * @param checkpointsChecked signed checkpoints whose signature and chain head were
 * checked
 * @param firstBrokenSeq the sequence number where the first break was found, or -1
 */
public record VerificationReport(boolean intact, long eventsChecked, long checkpointsChecked, long lastSeq,
		long firstBrokenSeq, Break problem) {

	/** The kinds of tampering the verifier tells apart. */
	public enum Break {

		/** An event's content no longer matches its chain entry. */
		EDITED,

		/** A sealed event is missing. */
		DELETED,

		/** Events trade places: each matches the chain entry of another position. */
		REORDERED,

		/** An event appeared where the chain says none was. */
		INSERTED,

		/** A chain entry is missing. */
		CHAIN_ENTRY_MISSING,

		/** Events after the last checkpoint's sequence number are gone. */
		TRUNCATED,

		/**
		 * The chain no longer leads to a signed checkpoint's head: rebuilt after
		 * tampering.
		 */
		CHECKPOINT_MISMATCH,

		/** A checkpoint's signature does not verify: forged or altered. */
		CHECKPOINT_SIGNATURE_INVALID

	}

	static VerificationReport intact(long events, long checkpoints, long lastSeq) {
		return new VerificationReport(true, events, checkpoints, lastSeq, -1, null);
	}

	static VerificationReport broken(long events, long checkpoints, long lastSeq, long seq, Break problem) {
		return new VerificationReport(false, events, checkpoints, lastSeq, seq, problem);
	}

}
