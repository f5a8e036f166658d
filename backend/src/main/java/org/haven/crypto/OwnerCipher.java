package org.haven.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;

/**
 * Encrypts and decrypts the fields of one owner (a person) under that owner's data key.
 * Every ciphertext is bound by associated data to the owner and the field, and starts
 * with the id of the key that made it.
 */
public final class OwnerCipher {

	private final UUID owner;

	private final Aead dataKey;

	OwnerCipher(UUID owner, Aead dataKey) {
		this.owner = owner;
		this.dataKey = dataKey;
	}

	/** Null stays null: an empty field has no ciphertext. */
	public byte[] encrypt(String field, String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			return this.dataKey.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(this.owner, field));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed for field " + field, ex);
		}
	}

	public String decrypt(String field, byte[] ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		try {
			return new String(this.dataKey.decrypt(ciphertext, associatedData(this.owner, field)),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new TamperedCiphertextException(this.owner, field, ex);
		}
	}

	static byte[] associatedData(UUID owner, String field) {
		return ("haven/field/v1\u0000" + owner + "\u0000" + field).getBytes(StandardCharsets.UTF_8);
	}

}
