package org.haven.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One data key per owner, stored wrapped by the master key. Destroying it erases, for
 * good, every field it encrypted, wherever copies of the ciphertext are (change history
 * included); backups keep the wrapped key until the master key version that wrapped it is
 * destroyed.
 */
@Service
public class FieldEncryption {

	private final Keyring keyring;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	FieldEncryption(Keyring keyring, JdbcTemplate jdbc, Clock clock) {
		this.keyring = keyring;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Generates and stores the data key of a new owner, and returns a cipher for it. */
	@Transactional
	public OwnerCipher createDataKey(UUID owner) {
		try {
			KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
			Keyring.Wrapping master = this.keyring.masterForWrapping();
			byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, master.aead(),
					wrappingAssociatedData(owner));
			Timestamp now = Timestamp.from(this.clock.instant());
			this.jdbc.update(
					"insert into data_key (owner_id, wrapped_key, master_key_id, created_at, wrapped_at) values (?, ?, ?, ?, ?)",
					owner, wrapped, master.keyId(), now, now);
			return new OwnerCipher(owner, dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot create a data key", ex);
		}
	}

	/**
	 * The cipher of an existing owner; throws when the owner's data key has been
	 * destroyed, or has been altered. A damaged key spoils nothing of the caller's work,
	 * which may carry on without it.
	 */
	@Transactional(readOnly = true, noRollbackFor = TamperedCiphertextException.class)
	public OwnerCipher cipherFor(UUID owner) {
		List<byte[]> wrapped = this.jdbc.query("select wrapped_key from data_key where owner_id = ?",
				(row, number) -> row.getBytes(1), owner);
		if (wrapped.isEmpty()) {
			throw new DataKeyDestroyedException(owner);
		}
		return new OwnerCipher(owner, unwrap(owner, wrapped.getFirst()).aead());
	}

	/**
	 * The cipher of the owner, or none when the owner's data key has been destroyed; in
	 * one look-up, where asking {@link #hasDataKey} first would take two.
	 */
	@Transactional(readOnly = true, noRollbackFor = TamperedCiphertextException.class)
	public Optional<OwnerCipher> existingCipherFor(UUID owner) {
		return Optional.ofNullable(ciphersFor(List.of(owner)).get(owner));
	}

	/**
	 * The ciphers of many owners, in one look-up, for a list; an owner whose data key has
	 * been destroyed has none. Throws, naming the owner, when a key has been altered.
	 */
	@Transactional(readOnly = true, noRollbackFor = TamperedCiphertextException.class)
	public Map<UUID, OwnerCipher> ciphersFor(Collection<UUID> owners) {
		Map<UUID, OwnerCipher> ciphers = new HashMap<>();
		if (owners.isEmpty()) {
			return ciphers;
		}
		List<UUID> distinct = owners.stream().distinct().toList();
		this.jdbc.query("select owner_id, wrapped_key from data_key where owner_id in ("
				+ String.join(", ", Collections.nCopies(distinct.size(), "?")) + ")", row -> {
					UUID owner = row.getObject(1, UUID.class);
					ciphers.put(owner, new OwnerCipher(owner, unwrap(owner, row.getBytes(2)).aead()));
				}, distinct.toArray());
		return ciphers;
	}

	public boolean hasDataKey(UUID owner) {
		Integer count = this.jdbc.queryForObject("select count(*) from data_key where owner_id = ?", Integer.class,
				owner);
		return count != null && count > 0;
	}

	/** Erases the owner's encrypted fields for good. */
	@Transactional
	public void destroyDataKey(UUID owner) {
		this.jdbc.update("delete from data_key where owner_id = ?", owner);
	}

	/**
	 * Wraps the owner's data key again under the primary master key version; the data
	 * stays as it is.
	 */
	void rewrap(UUID owner, byte[] wrapped) {
		try {
			KeysetHandle dataKey = unwrap(owner, wrapped).keyset();
			Keyring.Wrapping master = this.keyring.masterForWrapping();
			byte[] rewrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, master.aead(),
					wrappingAssociatedData(owner));
			this.jdbc.update(
					"update data_key set wrapped_key = ?, master_key_id = ?, wrapped_at = ? where owner_id = ?",
					rewrapped, master.keyId(), Timestamp.from(this.clock.instant()), owner);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot wrap a data key again", ex);
		}
	}

	private Unwrapped unwrap(UUID owner, byte[] wrapped) {
		try {
			KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, this.keyring.masterAead(),
					wrappingAssociatedData(owner));
			return new Unwrapped(dataKey, dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class));
		}
		catch (GeneralSecurityException ex) {
			throw new TamperedCiphertextException(owner, "data key", ex);
		}
	}

	private static byte[] wrappingAssociatedData(UUID owner) {
		return ("haven/data-key/v1\u0000" + owner).getBytes(StandardCharsets.UTF_8);
	}

	private record Unwrapped(KeysetHandle keyset, Aead aead) {
	}

}
