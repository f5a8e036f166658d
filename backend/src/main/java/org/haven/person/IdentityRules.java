package org.haven.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.haven.crypto.Normalise;
import org.haven.shared.Problems;

/**
 * What Haven accepts as identity and profile. Every problem names the field and a message
 * key, never the value. Every text field follows the one
 * {@link org.haven.shared.FreeText} rule; addresses and remarks may have line breaks.
 */
final class IdentityRules {

	static final int NAME_LENGTH = 200;

	static final int MAX_ALIASES = 10;

	static final int MAX_PHONES = 5;

	static final int MAX_ADDRESSES = 5;

	static final int ADDRESS_LENGTH = 500;

	static final int REMARKS_LENGTH = 2000;

	static final int PHONE_LENGTH = 25;

	static final int EMAIL_LENGTH = 254;

	static final int DOCUMENT_NUMBER_LENGTH = 40;

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,25}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} /-]{1,39}");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private IdentityRules() {
	}

	/**
	 * The identity with surrounding white space removed; throws with every problem found.
	 */
	static Identity check(Identity identity, Clock clock) {
		Problems problems = new Problems();
		String givenNames = blankToNull(problems.text("givenNames", identity.givenNames(), NAME_LENGTH, false));
		String familyNames = blankToNull(problems.text("familyNames", identity.familyNames(), NAME_LENGTH, false));
		List<String> aliases = lines(problems, "aliases", identity.aliases(), MAX_ALIASES, NAME_LENGTH, false);
		LocalDate dateOfBirth = identity.dateOfBirth();
		if (dateOfBirth != null
				&& (dateOfBirth.isAfter(LocalDate.now(clock)) || dateOfBirth.isBefore(EARLIEST_BIRTH))) {
			problems.add("dateOfBirth", "person.date-of-birth.impossible");
		}
		List<String> phones = lines(problems, "phoneNumbers", identity.phoneNumbers(), MAX_PHONES, PHONE_LENGTH, false);
		if (!problems.hasProblemWith("phoneNumbers") && phones.stream().anyMatch(phone -> !validPhone(phone))) {
			problems.add("phoneNumbers", "person.phone.invalid");
		}
		String email = blankToNull(problems.text("email", identity.email(), EMAIL_LENGTH, false));
		if (email != null && !problems.hasProblemWith("email") && !EMAIL.matcher(email).matches()) {
			problems.add("email", "person.email.invalid");
		}
		List<String> addresses = lines(problems, "addresses", identity.addresses(), MAX_ADDRESSES, ADDRESS_LENGTH,
				true);
		String documentNumber = blankToNull(
				problems.text("documentNumber", identity.documentNumber(), DOCUMENT_NUMBER_LENGTH, false));
		if (documentNumber != null && !problems.hasProblemWith("documentNumber")) {
			if (!DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
				problems.add("documentNumber", "person.document-number.invalid");
			}
			else if (identity.documentType() == null) {
				problems.add("documentType", "person.document-type.required");
			}
		}
		String remarks = blankToNull(
				multiline(problems, "identifyingRemarks", identity.identifyingRemarks(), REMARKS_LENGTH));
		problems.throwIfAny();
		return new Identity(givenNames, familyNames, aliases, dateOfBirth, phones, email, addresses,
				identity.documentType(), documentNumber, remarks);
	}

	/**
	 * Throws when a field is longer, or a list holds more entries, than Haven keeps;
	 * checks nothing else. The intake saves a draft only within these bounds, and says
	 * which field is over, so that the rest of what is typed can be saved as it comes.
	 */
	static void checkLengths(Identity identity) {
		Problems problems = new Problems();
		longer(problems, "givenNames", identity.givenNames(), NAME_LENGTH);
		longer(problems, "familyNames", identity.familyNames(), NAME_LENGTH);
		longer(problems, "aliases", identity.aliases(), MAX_ALIASES, NAME_LENGTH);
		longer(problems, "phoneNumbers", identity.phoneNumbers(), MAX_PHONES, PHONE_LENGTH);
		longer(problems, "email", identity.email(), EMAIL_LENGTH);
		longer(problems, "addresses", identity.addresses(), MAX_ADDRESSES, ADDRESS_LENGTH);
		longer(problems, "documentNumber", identity.documentNumber(), DOCUMENT_NUMBER_LENGTH);
		longer(problems, "identifyingRemarks", identity.identifyingRemarks(), REMARKS_LENGTH);
		problems.throwIfAny();
	}

	private static void longer(Problems problems, String field, String value, int maxLength) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.codePointCount(0, stripped.length()) > maxLength) {
			problems.add(field, "validation.too-long", maxLength);
		}
	}

	private static void longer(Problems problems, String field, List<String> values, int maxCount, int maxLength) {
		if (values.size() > maxCount) {
			problems.add(field, "person.too-many", maxCount);
			return;
		}
		values.stream()
			.filter(value -> value != null && value.strip().codePointCount(0, value.strip().length()) > maxLength)
			.findFirst()
			.ifPresent(tooLong -> problems.add(field, "validation.too-long", maxLength));
	}

	static Profile check(Profile profile, Clock clock) {
		Problems problems = new Problems();
		int thisYear = Year.now(clock).getValue();
		if (profile.birthYear() != null
				&& (profile.birthYear() < EARLIEST_BIRTH.getYear() || profile.birthYear() > thisYear)) {
			problems.add("birthYear", "person.birth-year.impossible");
		}
		String nationality = profile.nationality();
		if (nationality != null && !COUNTRIES.contains(nationality)
				&& !Profile.NATIONALITY_ANSWERS.contains(nationality)) {
			problems.add("nationality", "validation.invalid");
		}
		if (profile.languages().stream().anyMatch(language -> !LANGUAGES.contains(language))) {
			problems.add("languages", "validation.invalid");
		}
		if (profile.vulnerabilityFactors().size() > 1
				&& profile.vulnerabilityFactors().stream().anyMatch(VulnerabilityFactor::standsAlone)) {
			problems.add("vulnerabilityFactors", "person.answer.stands-alone");
		}
		problems.throwIfAny();
		return profile;
	}

	/** The birth year and age band follow from a date of birth where there is one. */
	static Profile withAgeFrom(Profile profile, LocalDate dateOfBirth, Clock clock) {
		Integer birthYear = dateOfBirth != null ? Integer.valueOf(dateOfBirth.getYear()) : profile.birthYear();
		if (birthYear == null) {
			return profile.withBirthYear(null, profile.ageBand());
		}
		int age = Year.now(clock).getValue() - birthYear;
		if (dateOfBirth != null) {
			age = Period.between(dateOfBirth, LocalDate.now(clock)).getYears();
		}
		return profile.withBirthYear(birthYear, AgeBand.of(Math.max(0, age)));
	}

	private static boolean validPhone(String phone) {
		int digits = Normalise.phone(phone).length();
		return PHONE.matcher(phone).matches() && digits >= 6 && digits <= 15;
	}

	private static List<String> lines(Problems problems, String field, List<String> values, int maxCount, int maxLength,
			boolean multiline) {
		List<String> kept = new ArrayList<>();
		for (String value : values) {
			String checked = multiline ? multiline(problems, field, value, maxLength)
					: problems.text(field, value, maxLength, false);
			if (checked != null && !checked.isBlank()) {
				kept.add(checked);
			}
			if (problems.hasProblemWith(field)) {
				return List.of();
			}
		}
		if (kept.size() > maxCount) {
			problems.add(field, "person.too-many", maxCount);
		}
		return kept;
	}

	private static String multiline(Problems problems, String field, String value, int maxLength) {
		if (value == null) {
			return null;
		}
		String checked = problems.lines(field, value, maxLength, false);
		return Arrays.stream(checked.split("\n")).map(String::strip).collect(Collectors.joining("\n"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
