package org.haven.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.springframework.stereotype.Service;

/**
 * The keys of the exchange of referral files between installations of Haven. A partner
 * encrypts to this installation's public HPKE key (X25519, HKDF-SHA256, AES-256-GCM);
 * this installation signs what it sends with its own Ed25519 key, apart from the audit's.
 * Both public halves are published as one keys file to hand to partners, who keep it in
 * their directory. An installation is named by the SHA-256 of its public signing keyset
 * as published: a file names its sender and its addressee by that.
 */
@Service
public class ExchangeKeys {

	private final Keyring keyring;

	ExchangeKeys(Keyring keyring) {
		this.keyring = keyring;
	}

	/** The public HPKE keyset partners encrypt to, as Tink JSON. */
	public String publicEncryptionKeyset() {
		return publicHalf(this.keyring.exchangeEncryption());
	}

	/** The public signing keyset partners verify with, as Tink JSON. */
	public String publicSigningKeyset() {
		return publicHalf(this.keyring.exchangeSigning());
	}

	/** This installation's name in referral files. */
	public String installation() {
		return installationOf(publicSigningKeyset());
	}

	/** The name of the installation whose public signing keyset this is. */
	public static String installationOf(String publicSigningKeyset) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(publicSigningKeyset.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public byte[] sign(byte[] data) {
		try {
			return this.keyring.exchangeSigning().primitive(PublicKeySign.class).sign(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign the referral file", ex);
		}
	}

	/** Whether the signature is one of that public signing keyset over the data. */
	public static boolean verify(String publicSigningKeyset, byte[] signature, byte[] data) {
		return Signatures.verify(publicSigningKeyset, signature, data);
	}

	/** Encrypts to a partner's public HPKE keyset, bound to the context given. */
	public static byte[] encryptFor(String publicEncryptionKeyset, byte[] plaintext, byte[] context) {
		try {
			KeysetHandle keys = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(publicEncryptionKeyset);
			return keys.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class).encrypt(plaintext, context);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Not a public encryption keyset", ex);
		}
	}

	/**
	 * Decrypts what a partner encrypted to this installation, bound to the same context;
	 * empty for anything else (altered, or encrypted to another key).
	 */
	public Optional<byte[]> decrypt(byte[] ciphertext, byte[] context) {
		try {
			return Optional
				.of(this.keyring.exchangeEncryption().primitive(HybridDecrypt.class).decrypt(ciphertext, context));
		}
		catch (GeneralSecurityException ex) {
			return Optional.empty();
		}
	}

	private static String publicHalf(ManagedKeyset keyset) {
		try {
			return TinkJsonProtoKeysetFormat
				.serializeKeysetWithoutSecret(keyset.contents().keyset().getPublicKeysetHandle());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot export a public keyset", ex);
		}
	}

}
