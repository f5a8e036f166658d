package org.haven.referral;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The printable form in every script Haven's languages use: the words of the form and the
 * values of the package come out of the PDF as they went in (text extracted), with codes
 * in the caseworker's words; a missing font or a character no font draws refuses the form
 * instead of printing it with text missing.
 */
class ReferralFormTests {

	static final String HASH = "ab".repeat(32);

	/** How a shaped vowel mark is drawn (on a stretch of the line), not a letter. */
	static final String TATWEEL = "\u0640";

	@Test
	void chinese_labels_and_values_print_in_the_fallback_font() throws IOException {
		ReferralPackage received = received(List.of(new PackageLine(PackagePart.IDENTITY, "givenNames", "王秀英"),
				new PackageLine(PackagePart.PROFILE, "gender", "FEMININE")));
		Map<String, String> words = Map.of("referral.form.title", "转介单", "referral.field.givenNames", "名字",
				"referral.field.gender", "性别");
		Map<String, String> codes = Map.of("FEMININE", "女性", "PRIORITY", "优先", "SAFE_SHELTER", "安全住所");

		String text = extracted(ReferralForm.of(received, HASH, labels(words, codes)));

		assertThat(text).contains("转介单", "名字: 王秀英", "性别: 女性", "优先", "安全住所").doesNotContain("FEMININE", "?");
	}

	@Test
	void arabic_labels_and_values_are_shaped_and_read_back_in_their_order() throws IOException {
		ReferralPackage received = received(List.of(new PackageLine(PackagePart.IDENTITY, "givenNames", "فاطمة"),
				new PackageLine(PackagePart.PROFILE, "gender", "FEMININE")));
		Map<String, String> words = Map.of("referral.form.title", "إحالة", "referral.field.givenNames", "الأسماء",
				"referral.field.gender", "السلامة حاليًا");
		Map<String, String> codes = Map.of("FEMININE", "أنثى", "PRIORITY", "أولوية");

		byte[] pdf = ReferralForm.of(received, HASH, labels(words, codes));

		String text = Normalizer.normalize(extracted(pdf), Normalizer.Form.NFKC).replace(TATWEEL, "");
		assertThat(text).contains("إحالة", "الأسماء", "فاطمة", "السلامة حاليًا", "أنثى", "أولوية")
			.doesNotContain("FEMININE");
		assertThat(shownGlyphsOf(pdf)).as("letters are drawn in their joined forms, not one by one")
			.anyMatch(character -> character >= 0xFE70 && character <= 0xFEFF);
	}

	@Test
	void in_an_arabic_form_a_referral_id_that_begins_with_digits_reads_back_in_its_own_order() throws IOException {
		UUID id = UUID.fromString("28404200-5d5f-4795-aeed-0745ca92cee2");
		ReferralPackage received = new ReferralPackage(id, "Haven", "Partner", "SHELTER",
				ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.PRIORITY, LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 5),
				List.of(new PackageLine(PackagePart.NEEDS, "immediateNeeds", "SAFE_SHELTER")));
		Map<String, String> words = Map.of("referral.form.title", "إحالة", "referral.form.id", "رقم الإحالة");

		String text = extracted(ReferralForm.of(received, HASH, labels(words, Map.of())));

		assertThat(text.lines().filter(line -> line.contains("رقم الإحالة")))
			.as("the id's line, in the form and on every page")
			.isNotEmpty()
			.allMatch(line -> line.contains(id.toString()));
	}

	@Test
	void russian_labels_and_values_print_and_a_long_value_wraps_without_losing_a_word() throws IOException {
		String remarks = "Шрам на левой руке, говорит на румынском и русском языках, " + "очень боится людей в форме, "
				+ "просит, чтобы к ней обращались только женщины из персонала приюта";
		ReferralPackage received = received(List.of(new PackageLine(PackagePart.IDENTITY, "givenNames", "Наталья"),
				new PackageLine(PackagePart.IDENTITY, "identifyingRemarks", remarks)));
		Map<String, String> words = Map.of("referral.form.title", "Направление", "referral.field.givenNames", "Имена",
				"referral.field.identifyingRemarks", "Приметы");
		Map<String, String> codes = Map.of("PRIORITY", "Срочно");

		String text = extracted(ReferralForm.of(received, HASH, labels(words, codes)));

		assertThat(text).contains("Направление", "Имена: Наталья", "Срочно", "Приметы");
		assertThat(text.replaceAll("\\s+", " ")).contains(remarks);
	}

	@Test
	void a_missing_font_refuses_the_form_and_says_which_package_to_install() {
		FormFont missing = new FormFont(Path.of("/nonexistent/DroidSansFallbackFull.ttf"), "fonts-droid-fallback");

		FormUnprintable refused = catchThrowableOfType(FormUnprintable.class,
				() -> ReferralForm.of(received(List.of()), HASH, key -> key, List.of(FormFont.SYSTEM.get(0), missing)));

		assertThat(refused.messageKey()).isEqualTo("referral.form.font-missing");
		assertThat(refused.getMessage()).contains("/nonexistent/DroidSansFallbackFull.ttf", "fonts-droid-fallback");
	}

	@Test
	void a_character_no_font_can_draw_refuses_the_form_and_the_message_does_not_show_it() {
		String hieroglyph = new String(Character.toChars(0x13000));
		ReferralPackage received = received(
				List.of(new PackageLine(PackagePart.IDENTITY, "givenNames", "Ana " + hieroglyph)));

		FormUnprintable refused = catchThrowableOfType(FormUnprintable.class,
				() -> ReferralForm.of(received, HASH, key -> key));

		assertThat(refused.messageKey()).isEqualTo("referral.form.characters-missing");
		assertThat(refused.getMessage()).doesNotContain("Ana", hieroglyph);
	}

	private static ReferralPackage received(List<PackageLine> lines) {
		List<PackageLine> all = new java.util.ArrayList<>(lines);
		all.add(new PackageLine(PackagePart.NEEDS, "immediateNeeds", "SAFE_SHELTER"));
		return new ReferralPackage(UUID.randomUUID(), "Haven", "Partner", "SHELTER",
				ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.PRIORITY, LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 5), all);
	}

	/** Words by key; coded values by code, each code of a "; " list apart. */
	private static ReferralForm.Labels labels(Map<String, String> words, Map<String, String> codes) {
		return new ReferralForm.Labels() {

			@Override
			public String of(String key) {
				return words.getOrDefault(key, key);
			}

			@Override
			public String value(String field, String value) {
				return String.join("; ",
						java.util.Arrays.stream(value.split("; "))
							.map(code -> codes.getOrDefault(code, code))
							.toList());
			}

		};
	}

	private static String extracted(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The characters the content streams draw, before any extraction reorders them. */
	private static List<Integer> shownGlyphsOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Integer> shown = new java.util.ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {

				@Override
				protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
					text.getUnicode().codePoints().forEach(shown::add);
				}

			};
			stripper.getText(document);
			return shown;
		}
	}

}
