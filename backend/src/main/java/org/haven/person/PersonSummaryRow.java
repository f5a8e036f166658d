package org.haven.person;

import java.time.Instant;

/**
 * The columns of a person that lists and anonymised reports read: the coded profile and
 * no identity, so that reading the profiles of a whole network never fetches (or holds in
 * memory) anyone's ciphertexts.
 */
record PersonSummaryRow(String code, String gender, Integer birthYear, String ageBand, String nationality,
		String[] languages, String disability, String migrationStatus, String[] vulnerabilityFactors, Instant erasedAt,
		long version, Instant createdAt) {

	PersonSummary summary() {
		return new PersonSummary(new PersonCode(this.code),
				Person.profileOf(this.gender, this.birthYear, this.ageBand, this.nationality, this.languages,
						this.disability, this.migrationStatus, this.vulnerabilityFactors),
				this.erasedAt != null, this.version, this.createdAt);
	}

}
