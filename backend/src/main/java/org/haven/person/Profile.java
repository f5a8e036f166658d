package org.haven.person;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What Haven may know of a person without knowing who they are: coded, all optional (no
 * value means "not asked yet"), and queryable for anonymised statistics. Nationality is
 * an ISO 3166 country code or STATELESS, UNKNOWN, DECLINED; languages are ISO 639 codes.
 */
public record Profile(Gender gender, Integer birthYear, AgeBand ageBand, String nationality, List<String> languages,
		Disability disability, MigrationStatus migrationStatus, Set<VulnerabilityFactor> vulnerabilityFactors) {

	public static final Set<String> NATIONALITY_ANSWERS = Set.of("STATELESS", "UNKNOWN", "DECLINED");

	public Profile {
		languages = languages == null ? List.of() : List.copyOf(languages);
		vulnerabilityFactors = vulnerabilityFactors == null || vulnerabilityFactors.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(vulnerabilityFactors));
	}

	public static Profile notAskedYet() {
		return new Profile(null, null, null, null, List.of(), null, null, Set.of());
	}

	public Profile withBirthYear(Integer year, AgeBand band) {
		return new Profile(this.gender, year, band, this.nationality, this.languages, this.disability,
				this.migrationStatus, this.vulnerabilityFactors);
	}

}
