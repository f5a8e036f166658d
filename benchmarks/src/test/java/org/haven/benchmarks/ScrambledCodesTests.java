package org.haven.benchmarks;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated codes are scattered as random ones are, and never repeat. */
class ScrambledCodesTests {

	private static final long FORTY_BITS = 1L << 40;

	@Test
	void a_million_consecutive_case_numbers_get_a_million_distinct_scattered_codes() {
		Set<Long> codes = new HashSet<>();
		long ascending = 0;
		long previous = -1;
		for (long number = 1; number <= 1_000_000; number++) {
			long code = SyntheticCases.scrambled(number);
			assertThat(code).isBetween(0L, FORTY_BITS - 1);
			codes.add(code);
			ascending += code > previous ? 1 : 0;
			previous = code;
		}

		assertThat(codes).hasSize(1_000_000);
		// in sequence every code would follow a smaller one; scattered, about half do
		assertThat(ascending).isBetween(450_000L, 550_000L);
	}

	@Test
	void the_highest_numbers_stay_distinct_from_the_lowest() {
		Set<Long> codes = new HashSet<>();
		LongStream.range(0, 1000).forEach(number -> {
			codes.add(SyntheticCases.scrambled(number));
			codes.add(SyntheticCases.scrambled(FORTY_BITS - 1 - number));
		});

		assertThat(codes).hasSize(2000);
	}

}
