package org.haven.keycloak;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/** The SHA-1 test vectors of RFC 6238, appendix B, cut to six digits. */
	@ParameterizedTest(name = "at {0} the code is {1}")
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037" })
	void the_codes_are_those_of_rfc_6238(long epochSecond, String code) {
		Clock at = Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
		assertThat(Totp.code("12345678901234567890", at)).isEqualTo(code);
	}

	@Test
	void the_code_changes_every_thirty_seconds() {
		Clock first = Clock.fixed(Instant.ofEpochSecond(30), ZoneOffset.UTC);
		Clock next = Clock.fixed(Instant.ofEpochSecond(60), ZoneOffset.UTC);
		assertThat(Totp.code("secret-of-a-test-user", first)).isNotEqualTo(Totp.code("secret-of-a-test-user", next));
	}

}
