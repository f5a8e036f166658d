package org.haven.crypto;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One keyset of the {@link Keyring}, in its passphrase-protected file: opened or created,
 * its versions listed, a new primary version added, unused versions retired and retired
 * ones destroyed. Every change is written to the file before it is used, and refused when
 * the file is read-only.
 */
final class ManagedKeyset {

	private static final Logger log = LoggerFactory.getLogger(ManagedKeyset.class);

	private final KeysetFile file;

	private final char[] passphrase;

	private final Clock clock;

	private final Parameters parameters;

	private volatile KeysetFile.Contents contents;

	ManagedKeyset(KeysetFile file, char[] passphrase, Clock clock, Parameters parameters) {
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
			this.contents = new KeysetFile.Contents(keyset, Map.of(keyset.getPrimary().getId(), this.clock.instant()));
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
	 * Adds a new version and makes it primary; the others stay readable. Returns its id.
	 */
	synchronized int addPrimaryVersion() {
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(this.contents.keyset());
			builder.addEntry(KeysetHandle.generateEntryFromParameters(this.parameters).withRandomId().makePrimary());
			KeysetHandle keyset = builder.build();
			Map<Integer, Instant> created = new HashMap<>(this.contents.created());
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
			Map<Integer, Instant> created = new HashMap<>(this.contents.created());
			created.remove(id);
			replace(new KeysetFile.Contents(builder.build(), created));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot destroy a key version", ex);
		}
	}

	private void change(Set<Integer> ids, Consumer<KeysetHandle.Builder.Entry> change) {
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
		Set<Integer> ids = new HashSet<>();
		KeysetHandle keyset = this.contents.keyset();
		for (int i = 0; i < keyset.size(); i++) {
			if (keyset.getAt(i).getStatus() == KeyStatus.ENABLED) {
				ids.add(keyset.getAt(i).getId());
			}
		}
		return ids;
	}

	/**
	 * A version of the keyset: its id, whether it is primary, active or retired, and when
	 * it was made.
	 */
	record Version(int id, KeyVersion.Status status, Instant created) {
	}

}
