package org.haven.organisation;

/**
 * What changed in the organisation's layout, one past-tense record per fact, published in
 * the transaction of the fact. Names offices, teams and accounts by id, never by name.
 */
public sealed interface OrganisationEvent permits OfficeCreated, TeamCreated, TeamMemberAdded, TeamMemberRemoved,
		TeamSupervisorAdded, TeamSupervisorRemoved, ActingSupervisionGranted, ActingSupervisionEnded,
		ReportScopeGranted, ReportScopeWithdrawn {

}
