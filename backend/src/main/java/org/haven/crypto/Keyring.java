package org.haven.crypto;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
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
 * granting access to identity. Each may hold several versions while a rotation runs; one
 * is primary. Everything that creates, checks or lists key files goes through
 * {@link #keysets()}, so that a keyset added here is created, checked and backed up like
 * the others.
 */
class Keyring {

	static final String MASTER_FILE = "master.keyset";

	static final String BLIND_INDEX_FILE = "blind-index.keyset";

	static final String SIGNING_FILE = "audit-signing.keyset";

	static final String AUTHORIZATION_FILE = "authorization.keyset";

	static {
		try {
			AeadConfig.register();
			PrfConfig.register();
			MacConfig.register();
			SignatureConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final ManagedKeyset master;

	private final ManagedKeyset blindIndex;

	private final ManagedKeyset signing;

	private final ManagedKeyset authorization;

	Keyring(Path keysDirectory, char[] passphrase, Clock clock) {
		this.master = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(MASTER_FILE)), passphrase, clock,
				PredefinedAeadParameters.AES256_GCM);
		this.blindIndex = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(BLIND_INDEX_FILE)), passphrase, clock,
				PredefinedPrfParameters.HMAC_SHA256_PRF);
		this.signing = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(SIGNING_FILE)), passphrase, clock,
				PredefinedSignatureParameters.ED25519);
		this.authorization = new ManagedKeyset(new KeysetFile(keysDirectory.resolve(AUTHORIZATION_FILE)), passphrase,
				clock, PredefinedMacParameters.HMAC_SHA256_256BITTAG);
	}

	/** Every keyset, in the order they are created and listed. */
	List<ManagedKeyset> keysets() {
		return List.of(this.master, this.blindIndex, this.signing, this.authorization);
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
