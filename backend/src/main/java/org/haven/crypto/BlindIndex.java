package org.haven.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * the first {@link Kind#digestBits()} bits, a length chosen per kind of value: short
 * enough that several plausible values share each digest, long enough that a search among
 * 100,000 persons decrypts a few dozen candidates at most. A search returns candidates,
 * and the caller keeps those whose decrypted value really matches. What a digest still
 * gives away is in docs/security/encryption.md.
 */
@Service
public class BlindIndex {

	/** Digests are stored in two bytes; bits past a kind's length are zero. */
	static final int DIGEST_BYTES = 2;

	/**
	 * What an index entry was made from, and how many bits of its digest are kept
	 * (docs/decisions/0018-blind-index-digest-lengths.md). Shortening a length is a
	 * migration that clears the dropped bits of stored digests; lengthening one needs the
	 * values, so it takes a blind-index key rotation, which recomputes every digest.
	 */
	public enum Kind {

		/** Name tokens: many plausible values, and the most searched. */
		NAME(14),

		/** About 45,000 plausible dates: 4,096 digests leave about 11 dates on each. */
		BIRTH_DATE(12),

		/** Phone numbers: tens of millions of plausible values. */
		PHONE(16),

		/** Document numbers: millions of plausible values. */
		DOCUMENT(16);

		private final int digestBits;

		Kind(int digestBits) {
			this.digestBits = digestBits;
		}

		public int digestBits() {
			return this.digestBits;
		}

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
				for (String value : new LinkedHashSet<>(entry.getValue())) {
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
		byte[] digest = prf.compute((kind.name() + "\u0000" + normalisedValue).getBytes(StandardCharsets.UTF_8),
				DIGEST_BYTES);
		return truncated(digest, kind.digestBits());
	}

	/** Keeps the first {@code bits} bits and clears the rest. */
	static byte[] truncated(byte[] digest, int bits) {
		byte[] kept = digest.clone();
		for (int i = 0; i < kept.length; i++) {
			int keepInThisByte = Math.max(0, Math.min(8, bits - i * 8));
			kept[i] = (byte) (kept[i] & (0xFF << (8 - keepInThisByte)));
		}
		return kept;
	}

}
