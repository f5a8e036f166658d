package org.haven.organisation;

/** How far a report scope reaches beyond the teams a supervisor supervises. */
public enum ReportReach {

	OFFICE, ORGANISATION

}
