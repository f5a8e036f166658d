package org.haven.crypto;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;

/**
 * The keysets Haven keeps in files under {@code HAVEN_HOME/keys}, never in the database:
 * the master keyset (AES-256-GCM) that wraps every person's data key, the blind-index
 * keyset (HMAC-SHA256) that indexes identity values for exact search, the audit signing
 * keyset (Ed25519) and the authorisation keyset (HMAC-SHA256) that seals the rows
 * granting access to identity, and the two keysets of the exchange with partners that run
 * Haven (HPKE to receive referral files, Ed25519 to sign those sent). Each may hold
 * several versions while a rotation runs; one is primary. Everything that creates, checks
 * or lists key files goes through {@link #keysets()}, so that a keyset added here is
 * created, checked and backed up like the others.
 */
class Keyring {

	static final String MASTER_FILE = "master.keyset";

	static final String BLIND_INDEX_FILE = "blind-index.keyset";

	static final String SIGNING_FILE = "audit-signing.keyset";

	static final String AUTHORIZATION_FILE = "authorization.keyset";

	static final String EXCHANGE_ENCRYPTION_FILE = "exchange-encryption.keyset";

	static final String EXCHANGE_SIGNING_FILE = "exchange-signing.keyset";

	/** HPKE (RFC 9180): X25519, HKDF-SHA256, AES-256-GCM. */
	static final HpkeParameters EXCHANGE_ENCRYPTION;

	static {
		try {
			AeadConfig.register();
			PrfConfig.register();
			MacConfig.register();
			SignatureConfig.register();
			HybridConfig.register();
			EXCHANGE_ENCRYPTION = HpkeParameters.builder()
				.setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
				.setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
				.setAeadId(HpkeParameters.AeadId.AES_256_GCM)
				.setVariant(HpkeParameters.Variant.TINK)
				.build();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final ManagedKeyset master;

	private final ManagedKeyset blindIndex;

	private final ManagedKeyset signing;

	private final ManagedKeyset authorization;

	private final ManagedKeyset exchangeEncryption;

	private final ManagedKeyset exchangeSigning;

	Keyring(Path keysDirectory, char[] passphrase, Clock clock) {
		this.master = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(MASTER_FILE)), passphrase, clock,
				PredefinedAeadParameters.AES256_GCM);
		this.blindIndex = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(BLIND_INDEX_FILE)), passphrase, clock,
				PredefinedPrfParameters.HMAC_SHA256_PRF);
		this.signing = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(SIGNING_FILE)), passphrase, clock,
				PredefinedSignatureParameters.ED25519);
		this.authorization = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(AUTHORIZATION_FILE)), passphrase,
				clock, PredefinedMacParameters.HMAC_SHA256_256BITTAG);
		this.exchangeEncryption = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(EXCHANGE_ENCRYPTION_FILE)),
				passphrase, clock, EXCHANGE_ENCRYPTION);
		this.exchangeSigning = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(EXCHANGE_SIGNING_FILE)),
				passphrase, clock, PredefinedSignatureParameters.ED25519);
	}

	/** Every keyset, in the order they are created and listed. */
	List<ManagedKeyset> keysets() {
		return List.of(this.master, this.blindIndex, this.signing, this.authorization, this.exchangeEncryption,
				this.exchangeSigning);
	}

	/** The keysets whose file does not exist yet. */
	List<ManagedKeyset> missing() {
		return keysets().stream().filter(keyset -> !keyset.exists()).toList();
	}

	boolean keyFilesExist() {
		return keysets().stream().anyMatch(ManagedKeyset::exists);
	}

	/** Opens the key files, creating those that are missing (demonstration runs only). */
	void openOrCreate() {
		keysets().forEach(ManagedKeyset::openOrCreate);
	}

	/** Opens the key files, every one of which must exist. */
	void open() {
		keysets().forEach(ManagedKeyset::open);
	}

	Aead masterAead() {
		return this.master.primitive(Aead.class);
	}

	/**
	 * The master AEAD and the id of its primary version, taken from one and the same
	 * keyset.
	 */
	Wrapping masterForWrapping() {
		KeysetFile.Contents contents = this.master.contents();
		try {
			return new Wrapping(contents.keyset().getPrimitive(RegistryConfiguration.get(), Aead.class),
					contents.keyset().getPrimary().getId());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the master keyset", ex);
		}
	}

	int primaryMasterKeyId() {
		return this.master.contents().keyset().getPrimary().getId();
	}

	PrfSet blindIndexPrfs() {
		return this.blindIndex.primitive(PrfSet.class);
	}

	int primaryBlindIndexKeyId() {
		return this.blindIndex.contents().keyset().getPrimary().getId();
	}

	/** The private half of the keys partners encrypt referral files to. */
	ManagedKeyset exchangeEncryption() {
		return this.exchangeEncryption;
	}

	/** The key that signs the files this installation sends to partners. */
	ManagedKeyset exchangeSigning() {
		return this.exchangeSigning;
	}

	ManagedKeyset signing() {
		return this.signing;
	}

	ManagedKeyset authorization() {
		return this.authorization;
	}

	ManagedKeyset master() {
		return this.master;
	}

	ManagedKeyset blindIndex() {
		return this.blindIndex;
	}

	record Wrapping(Aead aead, int keyId) {
	}

}
