package org.haven.reporting;

/** The anonymised reports supervisors read. */
public enum ReportKind {

	/**
	 * Persons assisted in the period by sex and age band, and by nationality and sex: the
	 * two tables share the totals by sex.
	 */
	PERSONS_ASSISTED

}
