package org.haven.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.casefile.Needs;
import org.haven.casefile.Situation;
import org.haven.partner.Partner;
import org.haven.person.Identity;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts together a referral's package from the case as it stands, with only the fields
 * chosen, in a fixed order; and writes it as the bytes that are hashed, encrypted and
 * sent. The case, the person's profile and, when chosen, their identity are read through
 * the case's own services, so that each read is checked and recorded as any other.
 */
@Component
class PackageAssembly {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final CaseService cases;

	private final PersonService persons;

	private final String installation;

	PackageAssembly(CaseService cases, PersonService persons,
			@Value("${haven.installation.name:Haven}") String installation) {
		this.cases = cases;
		this.persons = persons;
		this.installation = installation;
	}

	ReferralPackage assemble(ReferralEntry referral, Partner partner, LocalDate sentOn) {
		CaseCode code = referral.code();
		PackageChoice choice = referral.choice();
		List<PackageLine> lines = new ArrayList<>();
		if (choice.caseCode()) {
			lines.add(new PackageLine(PackagePart.CASE_CODE, "caseCode", code.value()));
		}
		CaseDetails details = this.cases.open(code);
		if (choice.profile()) {
			profile(lines, this.persons.summary(details.person()).profile());
		}
		if (choice.carriesIdentity()) {
			identity(lines, this.persons.revealIdentity(details.person()), choice);
		}
		situation(lines, details.situation(), choice);
		if (choice.needs()) {
			needs(lines, details.needs());
		}
		return new ReferralPackage(referral.id(), this.installation, partner.name(), referral.serviceType(),
				referral.reason(), referral.urgency(), sentOn, sentOn.plus(referral.urgency().answerWithin()), lines);
	}

	/** The forms of exploitation recorded on the case, for a partner's eligibility. */
	List<String> exploitationForms(CaseCode code) {
		Answer forms = this.cases.open(code).situation().exploitationForms();
		return forms.state() == Answer.State.ANSWERED ? forms.codes() : List.of();
	}

	static byte[] bytes(ReferralPackage referralPackage) {
		return JSON.writeValueAsBytes(referralPackage);
	}

	static ReferralPackage read(String json) {
		return JSON.readValue(json, ReferralPackage.class);
	}

	static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hash(ReferralPackage referralPackage) {
		return hash(bytes(referralPackage));
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static void profile(List<PackageLine> lines, Profile profile) {
		add(lines, PackagePart.PROFILE, "gender", profile.gender());
		add(lines, PackagePart.PROFILE, "ageBand", profile.ageBand());
		add(lines, PackagePart.PROFILE, "nationality", profile.nationality());
		add(lines, PackagePart.PROFILE, "languages", profile.languages());
	}

	private static void identity(List<PackageLine> lines, Identity identity, PackageChoice choice) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("givenNames", identity.givenNames());
		values.put("familyNames", identity.familyNames());
		values.put("aliases", identity.aliases());
		values.put("dateOfBirth", identity.dateOfBirth());
		values.put("phoneNumbers", identity.phoneNumbers());
		values.put("email", identity.email());
		values.put("addresses", identity.addresses());
		values.put("documentType", identity.documentType());
		values.put("documentNumber", identity.documentNumber());
		values.put("identifyingRemarks", identity.identifyingRemarks());
		for (String field : choice.identityFields()) {
			add(lines, PackagePart.IDENTITY, field, values.get(field));
		}
	}

	private static void situation(List<PackageLine> lines, Situation situation, PackageChoice choice) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("acts", situation.acts());
		values.put("means", situation.means());
		values.put("exploitationForms", situation.exploitationForms());
		values.put("controlMeans", situation.controlMeans());
		values.put("recruitmentChannels", situation.recruitmentChannels());
		values.put("sectors", situation.sectors());
		values.put("countriesOfOrigin", situation.countriesOfOrigin());
		values.put("countriesOfTransit", situation.countriesOfTransit());
		values.put("countriesOfExploitation", situation.countriesOfExploitation());
		values.put("exploitationFrom", situation.exploitationFrom());
		values.put("exploitationTo", situation.exploitationTo());
		for (String part : choice.situationParts()) {
			add(lines, PackagePart.SITUATION, part, values.get(part));
		}
	}

	private static void needs(List<PackageLine> lines, Needs needs) {
		add(lines, PackagePart.NEEDS, "immediateNeeds", needs.immediateNeeds());
		add(lines, PackagePart.NEEDS, "safety", needs.safety());
	}

	/** A line for a value that holds something; nothing for one that does not. */
	private static void add(List<PackageLine> lines, PackagePart part, String field, Object value) {
		String text = switch (value) {
			case null -> null;
			case Answer answer ->
				answer.state() == Answer.State.NOT_ASKED ? null : answer.state() == Answer.State.ANSWERED
						? String.join("; ", answer.codes()) : answer.state().name();
			case List<?> list -> list.isEmpty() ? null : String.join("; ", list.stream().map(String::valueOf).toList());
			case Enum<?> code -> code.name();
			default -> String.valueOf(value);
		};
		if (text != null && !text.isBlank()) {
			lines.add(new PackageLine(part, field, text));
		}
	}

}
