package org.haven.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.casefile.Answer;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.person.AgeBand;
import org.haven.person.DocumentType;
import org.haven.person.Gender;
import org.haven.person.Identity;
import org.haven.person.Profile;

/**
 * The intake a received referral starts: exactly the fields of its package, each in its
 * place, and nothing else. Consent to record is not taken from the package: it is asked
 * anew by the receiving organisation.
 */
final class IntakePrefill {

	private final Map<String, String> values;

	private IntakePrefill(ReferralPackage received) {
		this.values = received.lines()
			.stream()
			.collect(Collectors.toMap(line -> line.part() + ":" + line.field(), PackageLine::value, (a, b) -> a));
	}

	static IntakePrefill of(ReferralPackage received) {
		return new IntakePrefill(received);
	}

	Identity identity() {
		return new Identity(text("IDENTITY:givenNames"), text("IDENTITY:familyNames"), list("IDENTITY:aliases"),
				value("IDENTITY:dateOfBirth", LocalDate::parse), list("IDENTITY:phoneNumbers"), text("IDENTITY:email"),
				list("IDENTITY:addresses"), value("IDENTITY:documentType", DocumentType::valueOf),
				text("IDENTITY:documentNumber"), text("IDENTITY:identifyingRemarks"));
	}

	IntakeAnswers answers() {
		Profile profile = new Profile(value("PROFILE:gender", Gender::valueOf), null,
				value("PROFILE:ageBand", AgeBand::valueOf), text("PROFILE:nationality"), list("PROFILE:languages"),
				null, null, EnumSet.noneOf(org.haven.person.VulnerabilityFactor.class));
		Situation situation = new Situation(answer("SITUATION:acts"), answer("SITUATION:means"),
				answer("SITUATION:exploitationForms"), answer("SITUATION:controlMeans"),
				answer("SITUATION:recruitmentChannels"), answer("SITUATION:sectors"),
				answer("SITUATION:countriesOfOrigin"), answer("SITUATION:countriesOfTransit"),
				answer("SITUATION:countriesOfExploitation"), value("SITUATION:exploitationFrom", LocalDate::parse),
				value("SITUATION:exploitationTo", LocalDate::parse), Answer.NOT_ASKED);
		Needs needs = new Needs(answer("NEEDS:immediateNeeds"), value("NEEDS:safety", Needs.SafetyRisk::valueOf));
		return new IntakeAnswers(null, profile, situation, needs, NonPunishment.NOT_ASKED);
	}

	private String text(String key) {
		return this.values.get(key);
	}

	private List<String> list(String key) {
		String value = this.values.get(key);
		return value == null ? List.of() : Arrays.stream(value.split("; ")).toList();
	}

	private <T> T value(String key, Function<String, T> parse) {
		String value = this.values.get(key);
		if (value == null) {
			return null;
		}
		try {
			return parse.apply(value);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private Answer answer(String key) {
		String value = this.values.get(key);
		if (value == null) {
			return Answer.NOT_ASKED;
		}
		return switch (value) {
			case "DECLINED" -> Answer.declined();
			case "UNKNOWN" -> Answer.unknown();
			default -> Answer.of(value.split("; "));
		};
	}

}
