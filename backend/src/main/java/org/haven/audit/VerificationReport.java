package org.haven.audit;

import java.time.Instant;

/**
 * What a check of the audit trail found: intact, or the first place where it is broken
 * and how; and what retention removed from its start, which a check can never call intact
 * since nothing of it is left to check, only the signed record of its removal.
 *
 * @param eventsChecked events whose hash was recomputed
 * @param checkpointsChecked signed checkpoints whose signature and chain head were
 * checked
 * @param lastPosition the last chain position checked
 * @param firstBrokenPosition the chain position where the first break was found, or -1
 * @param brokenEventSeq the sequence number of the event that chain position names, or -1
 * @param removedByRetention what retention removed before the part checked, or null
 * @param notYetSealed events written but not yet linked into the chain (the last second
 * or so, or all of them while no sealer runs)
 */
public record VerificationReport(boolean intact, long eventsChecked, long checkpointsChecked, long lastPosition,
		long firstBrokenPosition, long brokenEventSeq, Break problem, Removal removedByRetention, long notYetSealed) {

	/** The kinds of tampering the verifier tells apart. */
	public enum Break {

		/** An event's content no longer matches its chain entry. */
		EDITED,

		/** A sealed event is missing. */
		DELETED,

		/** Events trade places: each matches the chain entry of another position. */
		REORDERED,

		/** A chain entry is missing. */
		CHAIN_ENTRY_MISSING,

		/** Events after the last checkpoint's position are gone. */
		TRUNCATED,

		/**
		 * The chain no longer leads to a signed checkpoint's head: rebuilt after
		 * tampering.
		 */
		CHECKPOINT_MISMATCH,

		/** A checkpoint's signature does not verify: forged or altered. */
		CHECKPOINT_SIGNATURE_INVALID,

		/**
		 * The start of the chain is gone without a retention record signed by Haven's key
		 * that covers it, or the records do not follow each other.
		 */
		RETENTION_RECORD_INVALID,

		/** The chain does not continue from the hash where retention left it. */
		RETENTION_ANCHOR_MISMATCH,

		/** The sealer's witness file cannot be read or written. */
		WITNESS_UNAVAILABLE

	}

	/**
	 * Chain positions {@code firstPosition} to {@code lastPosition} and their events were
	 * removed by retention, most recently at {@code lastAppliedAt}, as records signed by
	 * the audit key show.
	 */
	public record Removal(long firstPosition, long lastPosition, long events, Instant lastAppliedAt) {
	}

	static VerificationReport intact(long events, long checkpoints, long lastPosition, Removal removal,
			long notYetSealed) {
		return new VerificationReport(true, events, checkpoints, lastPosition, -1, -1, null, removal, notYetSealed);
	}

	static VerificationReport broken(long events, long checkpoints, long lastPosition, long position, long eventSeq,
			Break problem, Removal removal) {
		return new VerificationReport(false, events, checkpoints, lastPosition, position, eventSeq, problem, removal,
				0);
	}

}
