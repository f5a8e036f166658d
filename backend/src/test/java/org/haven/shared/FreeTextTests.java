package org.haven.shared;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one rule for free text: what it refuses, so that nothing typed can hide or disguise
 * what a text says, and what it must keep accepting, so that every script Haven's users
 * write in still works.
 */
class FreeTextTests {

	private static final FreeText NAME = FreeText.line(200);

	private static final FreeText NOTE = FreeText.lines(20_000);

	@Test
	void nul_bel_and_every_other_control_character_is_refused_in_every_field() {
		for (int control : List.of(0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x9F)) {
			String text = "Arrived" + Character.toString(control) + "by bus";
			assertThat(keyOf(NOTE, text)).as("U+%04X in a note", control).isEqualTo("validation.control-characters");
			assertThat(keyOf(NAME, text)).as("U+%04X in a name", control).isEqualTo("validation.control-characters");
		}
	}

	@Test
	void line_breaks_and_tabs_only_where_the_field_has_several_lines() {
		assertThat(keyOf(NOTE, "First line\nsecond\tindented")).isNull();
		assertThat(keyOf(NAME, "Sam\nSupervisor")).isEqualTo("validation.single-line");
		assertThat(keyOf(NAME, "Sam\u2028Supervisor")).isEqualTo("validation.single-line");
		assertThat(keyOf(NAME, "Sam\tSupervisor")).isEqualTo("validation.control-characters");
	}

	@Test
	void carriage_returns_and_unicode_line_separators_are_kept_as_line_feeds() {
		Problems problems = new Problems();
		assertThat(NOTE.check(problems, "text", " one\r\ntwo\rthree\u2029four ", true))
			.isEqualTo("one\ntwo\nthree\nfour");
		problems.throwIfAny();
	}

	@Test
	void every_direction_override_embedding_and_isolate_is_refused() {
		IntStream.concat(IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2066, 0x2069))
			.forEach(direction -> {
				String disguised = "Sam Supervisor" + Character.toString(direction) + "rosivrepuS maS";
				assertThat(keyOf(NAME, disguised)).as("U+%04X", direction).isEqualTo("validation.hidden-formatting");
				assertThat(keyOf(NOTE, disguised)).as("U+%04X", direction).isEqualTo("validation.hidden-formatting");
			});
	}

	@Test
	void invisible_characters_that_make_one_name_pass_for_another_are_refused() {
		List<String> disguises = List.of("Sa\u200Bm", "Sa\u2060m", "\uFEFFSam", "Sa\u00ADm", "Sam\u3164", "Sam\uFFA0",
				"Sam\u115F", "Sam\u2800", "Sa\u034Fm", "Sam\u180E", "Sam\u2063", "Sam\uDB40\uDC41", "Sam\uD800",
				"Sam\uFFFF", "Sam\uFDD0", "Sam\u206A");
		for (String disguise : disguises) {
			assertThat(keyOf(NAME, disguise)).as(escaped(disguise)).isEqualTo("validation.hidden-formatting");
		}
	}

	@Test
	void the_joiners_and_direction_marks_that_scripts_need_are_accepted() {
		List<String> written = List.of("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0915\u094D\u200D\u0937",
				"\uD83D\uDC69\u200D\uD83D\uDC67", "\u05D3\u05E0\u05D4 \u200F123", "\u0639\u0644\u064A\u061C 12",
				"\u200EAB-123", "\u9648\u9759", "Ng\u1ECDc Tr\u1EA7n", "\u12A0\u1260\u1260", "Zo\u00EB O'Brien-Smith",
				"\u53E3\uFE00", "Caf\u0065\u0301");
		for (String text : written) {
			assertThat(keyOf(NAME, text)).as(escaped(text)).isNull();
			assertThat(keyOf(NOTE, text)).as(escaped(text)).isNull();
		}
	}

	@Test
	void the_limit_counts_characters_not_utf16_units() {
		String emoji = "\uD83D\uDE00".repeat(200);
		assertThat(keyOf(NAME, emoji)).isNull();
		assertThat(keyOf(NAME, emoji + "x")).isEqualTo("validation.too-long");
	}

	@Test
	void a_refusal_names_the_field_and_a_key_never_the_value() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> NOTE.require("text", "Afraid of her uncle\u0000", true));

		assertThat(refused.problems()).containsExactly(Problem.of("text", "validation.control-characters"));
		assertThat(refused.getMessage()).doesNotContain("uncle");
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> NAME.require("name", "x".repeat(201), true))
			.problems()).containsExactly(Problem.of("name", "validation.too-long", 200));
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> NAME.require("name", "  ", true)).problems())
			.containsExactly(Problem.of("name", "validation.required"));
	}

	private static String keyOf(FreeText rule, String value) {
		Problems problems = new Problems();
		rule.check(problems, "field", value, false);
		try {
			problems.throwIfAny();
			return null;
		}
		catch (InvalidInputException refused) {
			return refused.problems().getFirst().messageKey();
		}
	}

	private static String escaped(String text) {
		StringBuilder escaped = new StringBuilder();
		text.chars().forEach(c -> escaped.append(c < 0x80 ? Character.toString(c) : String.format("\\u%04X", c)));
		return escaped.toString();
	}

}
