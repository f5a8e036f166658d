package org.haven.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One version of the consent for a purpose (and, for sharing, one organisation), as the
 * ledger shows it: for sharing, the scope is the partner's directory id and
 * {@code partnerName} its name as the directory writes it today (empty otherwise). The
 * withdrawal reason is the person's own words: it is read only by whoever may work on the
 * case.
 */
public record ConsentRecord(UUID id, ConsentPurpose purpose, String scope, String partnerName, int version,
		LegalBasis legalBasis, ConsentGiver givenBy, ChildAssent childAssent, ConsentMethod method,
		String noticeVersion, String noticeLanguage, boolean interpreterUsed, Set<InformedOf> informedOf,
		LocalDate givenOn, LocalDate expiresOn, LocalDate withdrawnOn, String withdrawalReason, ConsentSource source,
		String recordedBy, Instant recordedAt) {

	public ConsentRecord {
		informedOf = Set.copyOf(informedOf);
	}

	/** Whether this version lets the data be used on that day. */
	public ConsentState stateOn(LocalDate day) {
		return ConsentState.of(this.givenOn, this.expiresOn, this.withdrawnOn, day);
	}

}
