package org.haven.crypto;

import java.time.Instant;

/**
 * One version of a key as the administrators see it: never the key material.
 *
 * @param id the Tink key id, which every ciphertext or index digest made with it carries
 * @param status whether it is the one in use for new data, still readable, or retired
 * @param created when it was generated
 * @param uses how many persons it wraps (master key) or indexes (blind-index key), or how
 * many rows it sealed (authorisation key)
 */
public record KeyVersion(long id, Status status, Instant created, long uses) {

	public enum Status {

		/** Used for everything new. */
		PRIMARY,

		/** Still read, until a rotation has moved everything to the primary. */
		ACTIVE,

		/**
		 * Nothing uses it any more; kept, disabled, so that older backups can be
		 * restored.
		 */
		RETIRED

	}

}
