package org.haven.consent;

import java.time.LocalDate;
import java.util.EnumSet;

/** Consent in named states, as tests record it. */
public final class TestConsents {

	private TestConsents() {
	}

	/**
	 * The person's own consent, given verbally on that day after being told all six
	 * points, with no end.
	 */
	public static NewConsent givenBySelf(ConsentPurpose purpose, String scope, LocalDate on) {
		return new NewConsent(purpose, scope, LegalBasis.CONSENT, ConsentGiver.SELF, ChildAssent.NOT_A_CHILD,
				ConsentMethod.VERBAL, "notice-3", "en", false, EnumSet.allOf(InformedOf.class), on, null);
	}

	/** As {@link #givenBySelf}, ending after that day. */
	public static NewConsent givenUntil(ConsentPurpose purpose, String scope, LocalDate on, LocalDate expiresOn) {
		NewConsent consent = givenBySelf(purpose, scope, on);
		return new NewConsent(consent.purpose(), consent.scope(), consent.legalBasis(), consent.givenBy(),
				consent.childAssent(), consent.method(), consent.noticeVersion(), consent.noticeLanguage(),
				consent.interpreterUsed(), consent.informedOf(), consent.givenOn(), expiresOn);
	}

}
