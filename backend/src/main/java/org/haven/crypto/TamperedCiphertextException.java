package org.haven.crypto;

import java.util.UUID;

import org.haven.shared.RecordDamagedException;

/**
 * A stored ciphertext failed its integrity check: it was altered, or copied from another
 * person or field. Haven shows nothing rather than something wrong. The message names the
 * owner's pseudonymous id and the field, never a value.
 */
public class TamperedCiphertextException extends RecordDamagedException {

	public TamperedCiphertextException(UUID owner, String field, Throwable cause) {
		super("The stored " + field + " of " + owner + " failed its integrity check", cause);
	}

}
