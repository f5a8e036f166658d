package org.haven.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import com.google.crypto.tink.prf.Prf;
import org.haven.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digest lengths per kind of value, checked with the real blind-index key: a birth-date
 * digest does not single out a date even for whoever holds the key, and digests stored at
 * the old length migrate to the new one without the key.
 */
@IntegrationTest
class BlindIndexDigestLengthTests {

	@Autowired
	Keyring keyring;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void whoever_holds_the_key_finds_about_eleven_plausible_birth_dates_behind_each_birth_date_digest()
			throws Exception {
		Prf prf = primaryPrf();
		Map<String, Integer> datesPerDigest = new HashMap<>();
		int dates = 0;
		for (LocalDate date = LocalDate.of(1900, 1, 1); date
			.isBefore(LocalDate.of(2026, 1, 1)); date = date.plusDays(1)) {
			datesPerDigest.merge(
					HexFormat.of().formatHex(BlindIndex.digest(prf, BlindIndex.Kind.BIRTH_DATE, date.toString())), 1,
					Integer::sum);
			dates++;
		}
		long alone = datesPerDigest.values().stream().filter(count -> count == 1).count();

		assertThat(datesPerDigest).hasSizeLessThanOrEqualTo(1 << BlindIndex.Kind.BIRTH_DATE.digestBits());
		assertThat((double) dates / datesPerDigest.size()).isGreaterThan(10.0);
		assertThat(alone).as("dates alone on their digest, of %d", dates).isLessThan(dates / 1000);
	}

	@Test
	void each_kind_keeps_the_first_bits_of_its_digest_and_the_migration_clears_the_same_bits_in_sql() throws Exception {
		Prf prf = primaryPrf();
		for (BlindIndex.Kind kind : BlindIndex.Kind.values()) {
			byte[] full = prf.compute((kind.name() + "\u0000" + "mensah").getBytes(StandardCharsets.UTF_8),
					BlindIndex.DIGEST_BYTES);
			byte[] kept = BlindIndex.digest(prf, kind, "mensah");
			assertThat(((kept[0] & 0xFF) << 8 | (kept[1] & 0xFF)) & mask(kind.digestBits()))
				.as(kind + " keeps no bit past its length")
				.isZero();
			assertThat(BlindIndex.truncated(full, kind.digestBits())).isEqualTo(kept);
		}
		byte[] full = prf.compute("NAME\u0000mensah".getBytes(StandardCharsets.UTF_8), 2);
		assertThat(this.jdbc.queryForObject("select set_byte(?::bytea, 1, get_byte(?::bytea, 1) & 252)", byte[].class,
				full, full))
			.isEqualTo(BlindIndex.digest(prf, BlindIndex.Kind.NAME, "mensah"));
		assertThat(this.jdbc.queryForObject("select set_byte(?::bytea, 1, get_byte(?::bytea, 1) & 240)", byte[].class,
				full, full))
			.isEqualTo(BlindIndex.truncated(full, BlindIndex.Kind.BIRTH_DATE.digestBits()));
	}

	/** The bits of a two-byte digest past a length. */
	private static int mask(int bits) {
		return (1 << (16 - bits)) - 1;
	}

	private Prf primaryPrf() throws GeneralSecurityException {
		var prfs = this.keyring.blindIndexPrfs();
		return prfs.getPrfs().get(prfs.getPrimaryId());
	}

}
