package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import org.haven.shared.IdentityData;

/**
 * A note on a case. The text is null while an extra-sensitive note is masked, when the
 * person was erased (unreadable), and when the stored note failed its integrity check.
 */
@IdentityData
public record Note(UUID id, String author, Instant writtenAt, boolean extraSensitive, String text, State state) {

	/** Whether the text can be read. */
	public enum State {

		/** Readable: shown, or masked until revealed when extra-sensitive. */
		READABLE,

		/** The person was erased and the case's key destroyed with them. */
		ERASED,

		/**
		 * The stored ciphertext was altered, moved or its key damaged; recorded as an
		 * integrity finding.
		 */
		FAILED_INTEGRITY_CHECK

	}

	public boolean masked() {
		return this.text == null && this.state == State.READABLE;
	}

	public boolean unreadable() {
		return this.state == State.ERASED;
	}

	public boolean failedIntegrityCheck() {
		return this.state == State.FAILED_INTEGRITY_CHECK;
	}

}
