package org.haven.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exact-match search over encrypted values. Each normalised value is indexed by an
 * HMAC-SHA256 (keyed with the blind-index key, which is not the master key) truncated to
 * {@value #DIGEST_BITS} bits. So many values share each digest that a digest alone never
 * singles out a person, even for someone who holds the key: a search returns candidates,
 * and the caller keeps those whose decrypted value really matches.
 */
@Service
public class BlindIndex {

	/** See docs/security/encryption.md for why 16. */
	public static final int DIGEST_BITS = 16;

	static final int DIGEST_BYTES = DIGEST_BITS / 8;

	/** What an index entry was made from. */
	public enum Kind {

		NAME, BIRTH_DATE, PHONE, DOCUMENT

	}

	private final Keyring keyring;

	private final JdbcTemplate jdbc;

	BlindIndex(Keyring keyring, JdbcTemplate jdbc) {
		this.keyring = keyring;
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the owner's index entries with entries for these normalised values, under
	 * the primary key.
	 */
	@Transactional
	public void replace(UUID owner, Map<Kind, ? extends Collection<String>> values) {
		remove(owner);
		PrfSet prfs = this.keyring.blindIndexPrfs();
		int keyId = prfs.getPrimaryId();
		List<Object[]> rows = new ArrayList<>();
		try {
			Prf primary = prfs.getPrfs().get(keyId);
			for (Map.Entry<Kind, ? extends Collection<String>> entry : values.entrySet()) {
				for (String value : new java.util.LinkedHashSet<>(entry.getValue())) {
					if (value != null && !value.isEmpty()) {
						rows.add(new Object[] { owner, entry.getKey().name(), keyId,
								digest(primary, entry.getKey(), value) });
					}
				}
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the blind-index key", ex);
		}
		this.jdbc.batchUpdate("insert into blind_index (owner_id, kind, key_id, digest) values (?, ?, ?, ?)", rows);
	}

	/**
	 * Owners that may have {@code value}: the true matches and some false positives,
	 * which the caller must filter out after decryption. Looks under every key version
	 * still in use.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> candidates(Kind kind, String value) {
		if (value == null || value.isEmpty()) {
			return Set.of();
		}
		Set<UUID> owners = new HashSet<>();
		try {
			for (Map.Entry<Integer, Prf> prf : this.keyring.blindIndexPrfs().getPrfs().entrySet()) {
				owners.addAll(this.jdbc.queryForList(
						"select owner_id from blind_index where kind = ? and key_id = ? and digest = ?", UUID.class,
						kind.name(), prf.getKey(), digest(prf.getValue(), kind, value)));
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the blind-index key", ex);
		}
		return owners;
	}

	/** Owners that may have every one of the values. */
	@Transactional(readOnly = true)
	public Set<UUID> candidatesForAll(Kind kind, Collection<String> values) {
		Set<UUID> owners = null;
		for (String value : values) {
			Set<UUID> found = candidates(kind, value);
			if (owners == null) {
				owners = new HashSet<>(found);
			}
			else {
				owners.retainAll(found);
			}
			if (owners.isEmpty()) {
				break;
			}
		}
		return owners == null ? Set.of() : owners;
	}

	@Transactional
	public void remove(UUID owner) {
		this.jdbc.update("delete from blind_index where owner_id = ?", owner);
	}

	static byte[] digest(Prf prf, Kind kind, String normalisedValue) throws GeneralSecurityException {
		return prf.compute((kind.name() + "\u0000" + normalisedValue).getBytes(StandardCharsets.UTF_8), DIGEST_BYTES);
	}

}
