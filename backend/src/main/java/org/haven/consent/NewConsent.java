package org.haven.consent;

import java.time.LocalDate;
import java.util.Set;

/**
 * Consent as the caseworker records it, or a legal basis other than consent; checked by
 * {@link ConsentLedger}. Who gave it, how, and what the person was told matter only for
 * consent itself.
 */
public record NewConsent(ConsentPurpose purpose, String scope, LegalBasis legalBasis, ConsentGiver givenBy,
		ChildAssent childAssent, ConsentMethod method, String noticeVersion, String noticeLanguage,
		boolean interpreterUsed, Set<InformedOf> informedOf, LocalDate givenOn, LocalDate expiresOn) {

	public NewConsent {
		informedOf = informedOf == null ? Set.of() : Set.copyOf(informedOf);
	}

}
