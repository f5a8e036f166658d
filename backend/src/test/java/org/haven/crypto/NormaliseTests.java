package org.haven.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliseTests {

	@Test
	void a_latin_name_is_found_word_by_word_without_accents_or_case() {
		assertThat(Normalise.nameTokens("María  LÓPEZ-Hernández")).containsExactly("maria", "lopez", "hernandez");
		assertThat(Normalise.nameTokens("lopez")).containsExactly("lopez");
	}

	@Test
	void full_width_and_compatibility_characters_fold_to_their_plain_form() {
		assertThat(Normalise.text("ＪＯＳＥ")).isEqualTo("jose");
		assertThat(Normalise.text("Straße")).isEqualTo("strasse");
	}

	@Test
	void a_chinese_name_is_found_by_each_part_and_as_a_whole() {
		assertThat(Normalise.nameTokens("王", "小明")).containsExactlyInAnyOrder("王", "小明", "王小明");
	}

	@Test
	void arabic_vowel_marks_and_elongation_do_not_matter_but_the_letters_stay() {
		assertThat(Normalise.nameTokens("مُحَمَّد عبـــد الله")).containsExactly("محمد", "عبد", "الله");
	}

	@Test
	void non_latin_letters_keep_their_marks() {
		assertThat(Normalise.text("Йосиф")).isEqualTo("йосиф");
	}

	@Test
	void phone_numbers_compare_by_their_digits() {
		assertThat(Normalise.phone("+44 (20) 7946-0958")).isEqualTo("442079460958");
	}

	@Test
	void document_numbers_compare_without_spaces_dashes_or_case() {
		assertThat(Normalise.documentNumber("ab 123-456/7")).isEqualTo(Normalise.documentNumber("AB1234567"));
	}

}
