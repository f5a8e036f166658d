package org.haven.reporting;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.haven.casefile.Answer;
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.jspecify.annotations.Nullable;

/**
 * One person of the research export, in codes only: their profile's gender, age band and
 * citizenship, and from their case registered in the period the year it was opened and
 * the coded situation. Each quasi-identifier reads at each of its levels; the last level
 * always reads {@link #LEFT_OUT}.
 */
record ResearchRecord(@Nullable Gender gender, @Nullable AgeBand ageBand, @Nullable String citizenship,
		int yearOfRegistration, Answer exploitationForms, Answer countriesOfExploitation, Answer controlMeans,
		Answer sectors, Answer recruitmentChannels) {

	/** CTDC's value for "not recorded". */
	static final String MISSING = "-99";

	/** A value generalised away. */
	static final String LEFT_OUT = "*";

	static final String MULTIPLE = "Multiple";

	static final Set<String> FORCED_LABOUR = Set.of("FORCED_LABOUR", "SERVITUDE", "FORCED_BEGGING",
			"FORCED_CRIMINALITY");

	static final Set<String> SEXUAL_EXPLOITATION = Set.of("SEXUAL_EXPLOITATION");

	String value(QuasiIdentifier identifier, int level) {
		if (level >= identifier.leftOut()) {
			return LEFT_OUT;
		}
		return switch (identifier) {
			case GENDER -> ctdcGender();
			case AGE -> level == 0 ? ageBroad() : majorityStatus();
			case CITIZENSHIP -> area(this.citizenship, level);
			case COUNTRY_OF_EXPLOITATION -> countriesOfExploitation(level);
			case YEAR_OF_REGISTRATION -> level == 0 ? Integer.toString(this.yearOfRegistration)
					: (this.yearOfRegistration - Math.floorMod(this.yearOfRegistration, 5)) + "-"
							+ (this.yearOfRegistration - Math.floorMod(this.yearOfRegistration, 5) + 4);
			case FORM_OF_EXPLOITATION -> isForcedLabour() + "|" + isSexualExploit() + "|" + isOtherExploit();
		};
	}

	String ctdcGender() {
		if (this.gender == null) {
			return MISSING;
		}
		return switch (this.gender) {
			case FEMININE -> "Female";
			case MASCULINE -> "Male";
			case TRANSGENDER_FEMININE, TRANSGENDER_MASCULINE, NON_CONFORMING -> "Transgender/NonConforming";
			case UNKNOWN, DECLINED -> MISSING;
		};
	}

	String ageBroad() {
		if (this.ageBand == null) {
			return MISSING;
		}
		return switch (this.ageBand) {
			case AGE_0_8 -> "0--8";
			case AGE_9_17 -> "9--17";
			case AGE_18_20 -> "18--20";
			case AGE_21_23 -> "21--23";
			case AGE_24_26 -> "24--26";
			case AGE_27_29 -> "27--29";
			case AGE_30_38 -> "30--38";
			case AGE_39_47 -> "39--47";
			case AGE_48_PLUS -> "48+";
		};
	}

	String majorityStatus() {
		return this.ageBand == null ? MISSING : this.ageBand.isMinor() ? "Minor" : "Adult";
	}

	String isForcedLabour() {
		return flag(this.exploitationForms, FORCED_LABOUR::contains);
	}

	String isSexualExploit() {
		return flag(this.exploitationForms, SEXUAL_EXPLOITATION::contains);
	}

	String isOtherExploit() {
		return flag(this.exploitationForms,
				code -> !FORCED_LABOUR.contains(code) && !SEXUAL_EXPLOITATION.contains(code));
	}

	/**
	 * 1 when one of the answer's codes matches, 0 when answered without, -99 when not
	 * answered.
	 */
	static String flag(Answer answer, java.util.function.Predicate<String> matches) {
		if (answer.state() != Answer.State.ANSWERED || answer.codes().isEmpty()) {
			return MISSING;
		}
		return answer.codes().stream().anyMatch(matches) ? "1" : "0";
	}

	private String countriesOfExploitation(int level) {
		List<String> countries = this.countriesOfExploitation.codes();
		if (this.countriesOfExploitation.state() != Answer.State.ANSWERED || countries.isEmpty()) {
			return MISSING;
		}
		Set<String> areas = new TreeSet<>();
		countries.forEach(country -> areas.add(area(country, level)));
		return areas.size() == 1 ? areas.iterator().next() : MULTIPLE;
	}

	private static String area(@Nullable String country, int level) {
		if (country == null || country.isBlank() || country.equals("UNKNOWN") || country.equals("DECLINED")) {
			return MISSING;
		}
		if (country.equals("STATELESS")) {
			return "Stateless";
		}
		if (level == 0) {
			return country;
		}
		String area = level == 1 ? UnM49.TABLE.subRegionOf(country) : UnM49.TABLE.regionOf(country);
		return area == null ? MISSING : area;
	}

}
