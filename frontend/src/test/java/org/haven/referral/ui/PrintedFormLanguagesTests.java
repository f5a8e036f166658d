package org.haven.referral.ui;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.person.TestIdentities;
import org.haven.reference.ReferenceData;
import org.haven.referral.Referral;
import org.haven.referral.ReferralFixtures;
import org.haven.referral.Referrals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable form in the caseworker's language, with the package's codes in words: in
 * Chinese, Arabic and Russian the words of the form, the names of the fields and the
 * labels of the codes come out of the PDF (text extracted), and no code does.
 */
class PrintedFormLanguagesTests extends ViewTest {

	@Autowired
	ReferralFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferenceData reference;

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "zh", "ar", "ru" })
	void the_form_prints_the_caseworkers_words_for_every_code(String language) throws IOException {
		CaseCode code = this.cases.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Printed", "Form"));
		Referral sent = this.fixtures.sentOn(code);
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases/" + code.value());
		UI ui = UI.getCurrent();
		ui.setLocale(Locale.forLanguageTag(language));
		FormLabels labels = new FormLabels(ui, this.reference);

		byte[] pdf = TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER,
				() -> this.referrals.printableForm(code, sent.id(), labels));

		// Arabic comes back in its shaped forms, a vowel mark on a tatweel: NFKC and no
		// tatweel give back the letters typed
		String text = Normalizer.normalize(extracted(pdf), Normalizer.Form.NFKC).replace("\u0640", "");
		assertThat(text)
			.contains(ui.getTranslation("referral.form.title"), ui.getTranslation("referral.field.immediateNeeds"),
					ui.getTranslation("code.need.safe-shelter"), ui.getTranslation("referral.field.safety"),
					ui.getTranslation("referral.field.exploitationForms"), code.value(), sent.id().toString())
			.doesNotContain("SAFE_SHELTER", "ROUTINE", "ADDITIONAL_SERVICES_REQUIRED", "!referral.", "!code.");
	}

	private static String extracted(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
