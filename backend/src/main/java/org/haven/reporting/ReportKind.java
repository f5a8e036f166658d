package org.haven.reporting;

/**
 * The anonymised reports supervisors read. Tables of one report that share a margin show
 * it suppressed alike. Where a person may have several of a characteristic (forms of
 * exploitation, means of control ...), they count once in each row they have, so the
 * totals count mentions, not persons.
 */
public enum ReportKind {

	/**
	 * Persons assisted in the period by sex and age band, and by nationality and sex: the
	 * two tables share the totals by sex.
	 */
	PERSONS_ASSISTED,

	/** Forms of exploitation by sex and by age band, sharing the totals by form. */
	EXPLOITATION,

	/**
	 * Means of control by sex, and persons controlled through ICT-facilitated means (the
	 * items marked online) apart from the others.
	 */
	MEANS_OF_CONTROL,

	/**
	 * Online recruitment channels by sex, the other channels by sex, and persons
	 * recruited online apart from the others (resolution 11/5 op. 9(d)).
	 */
	RECRUITMENT,

	/** Sectors of exploitation by sex. */
	SECTORS,

	/** Vulnerability factors (op. 3) by sex. */
	VULNERABILITY,

	/**
	 * The non-punishment record by sex: offences compelled, proceedings, legal support,
	 * outcome.
	 */
	NON_PUNISHMENT,

	/**
	 * Persons who had services of each type, by the services' status: services requested
	 * or delivered in the period.
	 */
	SERVICES,

	/**
	 * Persons referred to each type of partner, by the referrals' status: referrals sent
	 * or last answered in the period.
	 */
	REFERRALS,

	/**
	 * Cases opened, closed and still open at the end of the period by sex, and the cases
	 * closed by outcome and time to closure.
	 */
	CASE_FLOW,

	/**
	 * Change from baseline to endline per domain, paired per person on one instrument
	 * version, each person's overall change by sex, age band, form of exploitation and
	 * year of intake, then each domain's change by the same cohorts.
	 */
	BASELINE_TO_ENDLINE

}
