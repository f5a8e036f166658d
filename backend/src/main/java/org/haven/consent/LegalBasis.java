package org.haven.consent;

/**
 * Why the data may be used: the person's consent, or a basis other than consent where the
 * law allows one (as Primero's {@code legitimate_basis}).
 */
public enum LegalBasis {

	CONSENT, CONTRACT, VITAL_INTERESTS, BENEFICIARY_INTERESTS, LEGAL_OBLIGATION, OTHER_LEGITIMATE_INTERESTS

}
