package org.haven.crypto;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(Keyring.class);

	static {
		try {
			AeadConfig.register();
			PrfConfig.register();
			MacConfig.register();
			com.google.crypto.tink.signature.SignatureConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final Managed master;

	private final Managed blindIndex;

	private final Managed signing;

	private final Managed authorization;

	Keyring(Path keysDirectory, char[] passphrase, Clock clock) {
		this.master = new Managed(new KeysetFile(keysDirectory.resolve(MASTER_FILE)), passphrase, clock,
				PredefinedAeadParameters.AES256_GCM);
		this.blindIndex = new Managed(new KeysetFile(keysDirectory.resolve(BLIND_INDEX_FILE)), passphrase, clock,
				PredefinedPrfParameters.HMAC_SHA256_PRF);
		this.signing = new Managed(new KeysetFile(keysDirectory.resolve(SIGNING_FILE)), passphrase, clock,
				com.google.crypto.tink.signature.PredefinedSignatureParameters.ED25519);
		this.authorization = new Managed(new KeysetFile(keysDirectory.resolve(AUTHORIZATION_FILE)), passphrase, clock,
				PredefinedMacParameters.HMAC_SHA256_256BITTAG);
	}

	/** Every keyset, in the order they are created and listed. */
	List<Managed> keysets() {
		return List.of(this.master, this.blindIndex, this.signing, this.authorization);
	}

	/** The keysets whose file does not exist yet. */
	List<Managed> missing() {
		return keysets().stream().filter(keyset -> !keyset.file.exists()).toList();
	}

	boolean keyFilesExist() {
		return keysets().stream().anyMatch(keyset -> keyset.file.exists());
	}

	/** Opens the key files, creating those that are missing (demonstration runs only). */
	void openOrCreate() {
		keysets().forEach(Managed::openOrCreate);
	}

	/** Opens the key files, every one of which must exist. */
	void open() {
		keysets().forEach(Managed::open);
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

	Managed signing() {
		return this.signing;
	}

	Managed authorization() {
		return this.authorization;
	}

	Managed master() {
		return this.master;
	}

	Managed blindIndex() {
		return this.blindIndex;
	}

	/** One keyset file and its versions. */
	static final class Managed {

		private final KeysetFile file;

		private final char[] passphrase;

		private final Clock clock;

		private final Parameters parameters;

		private volatile KeysetFile.Contents contents;

		Managed(KeysetFile file, char[] passphrase, Clock clock, Parameters parameters) {
			this.file = file;
			this.passphrase = passphrase;
			this.clock = clock;
			this.parameters = parameters;
		}

		String fileName() {
			return this.file.path().getFileName().toString();
		}

		Path path() {
			return this.file.path();
		}

		boolean exists() {
			return this.file.exists();
		}

		/**
		 * Whether new versions can be written to the file (it may be mounted read-only).
		 */
		boolean writable() {
			return this.file.writable();
		}

		synchronized void open() {
			this.contents = this.file.read(this.passphrase);
		}

		synchronized void openOrCreate() {
			if (this.file.exists()) {
				open();
				return;
			}
			create();
		}

		/** Writes a new keyset with one primary version; the file must not exist. */
		synchronized void create() {
			if (this.file.exists()) {
				throw new IllegalStateException("The key file " + this.file.path() + " exists already");
			}
			try {
				KeysetHandle keyset = KeysetHandle.newBuilder()
					.addEntry(KeysetHandle.generateEntryFromParameters(this.parameters).withRandomId().makePrimary())
					.build();
				this.contents = new KeysetFile.Contents(keyset,
						Map.of(keyset.getPrimary().getId(), this.clock.instant()));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot generate a keyset", ex);
			}
			this.file.write(this.contents, this.passphrase);
			log.info("Created the key file {}", this.file.path());
		}

		KeysetFile file() {
			return this.file;
		}

		KeysetFile.Contents contents() {
			return this.contents;
		}

		<P> P primitive(Class<P> type) {
			try {
				return this.contents.keyset().getPrimitive(RegistryConfiguration.get(), type);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot use the keyset in " + this.file.path(), ex);
			}
		}

		/**
		 * Adds a new version and makes it primary; the others stay readable. Returns its
		 * id.
		 */
		synchronized int addPrimaryVersion() {
			try {
				KeysetHandle.Builder builder = KeysetHandle.newBuilder(this.contents.keyset());
				builder
					.addEntry(KeysetHandle.generateEntryFromParameters(this.parameters).withRandomId().makePrimary());
				KeysetHandle keyset = builder.build();
				Map<Integer, java.time.Instant> created = new HashMap<>(this.contents.created());
				created.put(keyset.getPrimary().getId(), this.clock.instant());
				replace(new KeysetFile.Contents(keyset, created));
				return keyset.getPrimary().getId();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot add a key version", ex);
			}
		}

		/** Disables versions that nothing uses any more; the primary is never retired. */
		synchronized void retire(Set<Integer> ids) {
			change(ids, entry -> entry.setStatus(KeyStatus.DISABLED));
		}

		/** Removes the material of retired versions for good. */
		synchronized void destroy(int id) {
			try {
				KeysetHandle.Builder builder = KeysetHandle.newBuilder(this.contents.keyset());
				for (int i = 0; i < builder.size(); i++) {
					KeysetHandle.Builder.Entry entry = builder.getAt(i);
					if (this.contents.keyset().getAt(i).getId() == id) {
						if (entry.isPrimary() || entry.getStatus() != KeyStatus.DISABLED) {
							throw new IllegalArgumentException("Only a retired key version can be destroyed");
						}
						builder.deleteAt(i);
						break;
					}
				}
				Map<Integer, java.time.Instant> created = new HashMap<>(this.contents.created());
				created.remove(id);
				replace(new KeysetFile.Contents(builder.build(), created));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot destroy a key version", ex);
			}
		}

		private void change(Set<Integer> ids, java.util.function.Consumer<KeysetHandle.Builder.Entry> change) {
			try {
				KeysetHandle.Builder builder = KeysetHandle.newBuilder(this.contents.keyset());
				boolean changed = false;
				for (int i = 0; i < builder.size(); i++) {
					int id = this.contents.keyset().getAt(i).getId();
					if (ids.contains(id) && !builder.getAt(i).isPrimary()
							&& builder.getAt(i).getStatus() == KeyStatus.ENABLED) {
						change.accept(builder.getAt(i));
						changed = true;
					}
				}
				if (changed) {
					replace(new KeysetFile.Contents(builder.build(), this.contents.created()));
				}
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot change the keyset", ex);
			}
		}

		private void replace(KeysetFile.Contents next) {
			if (!writable()) {
				throw new KeysReadOnlyException(this.file.path());
			}
			this.file.write(next, this.passphrase);
			this.contents = next;
		}

		List<Version> versions() {
			List<Version> versions = new ArrayList<>();
			KeysetHandle keyset = this.contents.keyset();
			for (int i = 0; i < keyset.size(); i++) {
				KeysetHandle.Entry entry = keyset.getAt(i);
				KeyVersion.Status status = entry.isPrimary() ? KeyVersion.Status.PRIMARY
						: entry.getStatus() == KeyStatus.ENABLED ? KeyVersion.Status.ACTIVE : KeyVersion.Status.RETIRED;
				versions.add(new Version(entry.getId(), status, this.contents.created().get(entry.getId())));
			}
			return versions;
		}

		Set<Integer> enabledIds() {
			Set<Integer> ids = new java.util.HashSet<>();
			KeysetHandle keyset = this.contents.keyset();
			for (int i = 0; i < keyset.size(); i++) {
				if (keyset.getAt(i).getStatus() == KeyStatus.ENABLED) {
					ids.add(keyset.getAt(i).getId());
				}
			}
			return ids;
		}

	}

	record Wrapping(Aead aead, int keyId) {
	}

	record Version(int id, KeyVersion.Status status, java.time.Instant created) {
	}

}
