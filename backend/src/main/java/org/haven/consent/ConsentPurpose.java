package org.haven.consent;

/**
 * What the person's data may be used for, each checked where the use happens. Sharing
 * with a partner is consented to one organisation at a time.
 */
public enum ConsentPurpose {

	/** The intake: recording the person's account at all. */
	INTERVIEW_AND_RECORDING,

	/** Working on the case beyond the intake. */
	CASE_MANAGEMENT_SERVICES,

	/**
	 * Sending a referral to one partner organisation, named by its directory id as the
	 * scope.
	 */
	SHARE_WITH_PARTNER,

	/** Any disclosure to police, prosecution or immigration authorities. */
	SHARE_WITH_AUTHORITIES,

	FAMILY_CONTACT_OR_TRACING,

	/** Counting the person in any aggregate report. */
	ANONYMISED_STATISTICS,

	/** The de-identified export for research (CTDC-shaped). */
	RESEARCH_DEIDENTIFIED_EXPORT,

	/** After-care checks and follow-up calls. */
	FOLLOW_UP_CONTACT,

	PHOTO_OR_MEDIA;

	/** Whether consent for this purpose names the one organisation it covers. */
	public boolean scoped() {
		return this == SHARE_WITH_PARTNER;
	}

}
