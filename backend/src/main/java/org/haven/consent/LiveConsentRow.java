package org.haven.consent;

import java.time.LocalDate;
import java.util.UUID;

import org.haven.crypto.AuthorizationSeal;

/**
 * What deciding whether a case's consent is live reads of one version, with its seal:
 * read as values, since anonymised reports ask it of every case of a network at once.
 */
record LiveConsentRow(UUID id, UUID caseId, String personCode, ConsentPurpose purpose, String scope, int version,
		LegalBasis legalBasis, LocalDate givenOn, LocalDate expiresOn, LocalDate withdrawnOn, byte[] seal) {

	AuthorizationSeal.Row row() {
		return ConsentEntry.row(this.id, this.caseId, this.personCode, this.purpose, this.scope, this.version,
				this.legalBasis, this.givenOn, this.expiresOn, this.withdrawnOn);
	}

}
