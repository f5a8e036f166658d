package org.haven.shared;

/**
 * A stored record failed its integrity check (an altered or moved ciphertext, a damaged
 * key), so nothing of it is shown. Screens tell the user which record failed; the
 * message, for the log only, names no data.
 */
public class RecordDamagedException extends RuntimeException {

	public RecordDamagedException(String message, Throwable cause) {
		super(message, cause);
	}

}
