package org.haven.referral.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import org.haven.casefile.Answer;
import org.haven.casefile.Needs;
import org.haven.person.AgeBand;
import org.haven.person.DocumentType;
import org.haven.person.Gender;
import org.haven.person.Identity;
import org.haven.person.Profile;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.referral.PackageChoice;
import org.haven.referral.ReferralForm;
import org.haven.referral.ReferralReason;
import org.haven.referral.Urgency;
import org.haven.ui.UserLocale;

/**
 * The printable form's words and the package's codes in the caseworker's language, as the
 * screens show them: coded answers by their labels, reference-list items by their stored
 * labels, countries and languages by name, dates as the user writes them. Looked up when
 * the link is made, in the language then chosen; the form itself is made later, while the
 * file downloads, away from the screen.
 */
final class FormLabels implements ReferralForm.Labels {

	private static final List<String> FORM_WORDS = List.of("title", "id", "from", "to", "service", "reason", "urgency",
			"sent-on", "respond-by", "hash");

	private static final List<String> PROFILE_AND_NEEDS = List.of("caseCode", "gender", "ageBand", "nationality",
			"languages", "immediateNeeds", "safety");

	private static final Map<String, Class<? extends Enum<?>>> CODED = Map.of(ReferralForm.REASON, ReferralReason.class,
			ReferralForm.URGENCY, Urgency.class, "gender", Gender.class, "ageBand", AgeBand.class, "documentType",
			DocumentType.class, "immediateNeeds", Needs.Need.class, "safety", Needs.SafetyRisk.class);

	private static final Map<String, ReferenceList> LISTED = Map.of(ReferralForm.SERVICE, ReferenceList.SERVICE_TYPES,
			"acts", ReferenceList.ACTS, "means", ReferenceList.MEANS, "exploitationForms",
			ReferenceList.EXPLOITATION_FORMS, "controlMeans", ReferenceList.CONTROL_MEANS, "recruitmentChannels",
			ReferenceList.RECRUITMENT_CHANNELS, "sectors", ReferenceList.SECTORS);

	private static final Set<String> COUNTRIES = Set.of("nationality", "countriesOfOrigin", "countriesOfTransit",
			"countriesOfExploitation");

	private static final Set<String> DAYS = Set.of(ReferralForm.SENT_ON, ReferralForm.RESPOND_BY, "dateOfBirth",
			"exploitationFrom", "exploitationTo");

	private final Map<String, String> words = new HashMap<>();

	private final Locale locale;

	private final ReferenceData reference;

	FormLabels(Component translator, ReferenceData reference) {
		this.locale = UserLocale.current();
		this.reference = reference;
		FORM_WORDS.forEach(word -> remember(translator, "referral.form." + word));
		Stream.of(PROFILE_AND_NEEDS, Identity.FIELDS, PackageChoice.SITUATION_PARTS)
			.flatMap(List::stream)
			.forEach(field -> remember(translator, "referral.field." + field));
		CODED.values()
			.stream()
			.flatMap(type -> Arrays.stream(type.getEnumConstants()))
			.forEach(code -> remember(translator, Labels.keyOf(code)));
		Arrays.stream(Answer.State.values())
			.forEach(state -> remember(translator, "case.answer." + Labels.kebab(state.name())));
		Profile.NATIONALITY_ANSWERS
			.forEach(answer -> remember(translator, "code.nationality." + answer.toLowerCase(Locale.ROOT)));
	}

	@Override
	public String of(String key) {
		return this.words.getOrDefault(key, key);
	}

	@Override
	public String value(String field, String value) {
		if (DAYS.contains(field)) {
			return day(value);
		}
		if (!CODED.containsKey(field) && !LISTED.containsKey(field) && !COUNTRIES.contains(field)
				&& !"languages".equals(field)) {
			return value;
		}
		return Arrays.stream(value.split("; ")).map(code -> code(field, code)).collect(Collectors.joining("; "));
	}

	private String code(String field, String code) {
		String answer = this.words.get("case.answer." + Labels.kebab(code));
		if (CODED.containsKey(field)) {
			Class<? extends Enum<?>> type = CODED.get(field);
			return Arrays.stream(type.getEnumConstants())
				.filter(constant -> constant.name().equals(code))
				.findFirst()
				.map(constant -> of(Labels.keyOf(constant)))
				.orElse(answer == null ? code : answer);
		}
		if (LISTED.containsKey(field)) {
			return this.reference.find(LISTED.get(field), code)
				.map(item -> item.label(this.locale))
				.orElse(answer == null ? code : answer);
		}
		if ("languages".equals(field)) {
			return Locale.of(code).getDisplayLanguage(this.locale);
		}
		if (Profile.NATIONALITY_ANSWERS.contains(code)) {
			return of("code.nationality." + code.toLowerCase(Locale.ROOT));
		}
		return answer != null ? answer : Locale.of("", code).getDisplayCountry(this.locale);
	}

	private String day(String iso) {
		try {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(this.locale)
				.format(LocalDate.parse(iso));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private void remember(Component translator, String key) {
		this.words.put(key, translator.getTranslation(key));
	}

}
