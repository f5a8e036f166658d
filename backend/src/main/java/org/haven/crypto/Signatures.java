package org.haven.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.springframework.stereotype.Service;

/**
 * Ed25519 signatures with a key kept in a file under the Haven home, never in the
 * database: whoever can change the database cannot sign. The public key can be exported,
 * so that auditors verify signatures with nothing from the server but the signed data.
 */
@Service
public class Signatures {

	private final Keyring keyring;

	Signatures(Keyring keyring) {
		this.keyring = keyring;
	}

	/** A signature, starting with the id of the key that made it. */
	public byte[] sign(byte[] data) {
		try {
			return this.keyring.signing().primitive(PublicKeySign.class).sign(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign", ex);
		}
	}

	public long signingKeyId() {
		return Integer.toUnsignedLong(this.keyring.signing().contents().keyset().getPrimary().getId());
	}

	/** The public half of the signing keyset, as Tink JSON: safe to publish. */
	public String publicKeyset() {
		try {
			return TinkJsonProtoKeysetFormat
				.serializeKeysetWithoutSecret(this.keyring.signing().contents().keyset().getPublicKeysetHandle());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot export the public signing key", ex);
		}
	}

	public boolean verify(byte[] signature, byte[] data) {
		return verify(publicKeyset(), signature, data);
	}

	/**
	 * Verifies with a public keyset from elsewhere, such as an exported checkpoint file.
	 */
	public static boolean verify(String publicKeyset, byte[] signature, byte[] data) {
		try {
			KeysetHandle keys = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset);
			keys.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class).verify(signature, data);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

}
