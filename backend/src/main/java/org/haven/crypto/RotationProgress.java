package org.haven.crypto;

import java.time.Instant;

/**
 * A key rotation, running or finished: which keyset, how far it got.
 *
 * @param keyset the master keyset or the blind-index keyset
 * @param targetKeyId the new primary version everything is moved to
 * @param done persons processed so far
 * @param total persons to process, as counted when it started
 */
public record RotationProgress(Keyset keyset, long targetKeyId, boolean running, long done, long total,
		Instant startedAt, Instant finishedAt) {

	public enum Keyset {

		MASTER, BLIND_INDEX

	}

	/** Between 0 and 1. */
	public double fraction() {
		return this.total == 0 ? 1.0 : Math.min(1.0, (double) this.done / this.total);
	}

}
