package org.haven.audit;

import java.util.List;
import java.util.UUID;

import org.haven.organisation.ActingSupervisionEnded;
import org.haven.organisation.ActingSupervisionGranted;
import org.haven.organisation.OfficeCreated;
import org.haven.organisation.OrganisationEvent;
import org.haven.organisation.ReportScopeGranted;
import org.haven.organisation.ReportScopeWithdrawn;
import org.haven.organisation.TeamCreated;
import org.haven.organisation.TeamMemberAdded;
import org.haven.organisation.TeamMemberRemoved;
import org.haven.organisation.TeamSupervisorAdded;
import org.haven.organisation.TeamSupervisorRemoved;
import org.haven.shared.PseudonymousId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what changed in the organisation's layout: one action per kind of
 * {@link OrganisationEvent}, subjects and reasons by id only. Runs synchronously: a
 * change and its record commit together.
 */
@Component
class AuditedOrganisationEvents {

	private final AuditTrail trail;

	AuditedOrganisationEvents(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void organisationEvent(OrganisationEvent event) {
		switch (event) {
			case OfficeCreated created -> record(Action.OFFICE_CREATED, office(created.office()), null);
			case TeamCreated created -> record(Action.TEAM_CREATED, team(created.team()), "office " + created.office());
			case TeamMemberAdded added ->
				record(Action.TEAM_MEMBER_ADDED, team(added.team()), "account " + added.account());
			case TeamMemberRemoved removed ->
				record(Action.TEAM_MEMBER_REMOVED, team(removed.team()), "account " + removed.account());
			case TeamSupervisorAdded added ->
				record(Action.TEAM_SUPERVISOR_ADDED, team(added.team()), "account " + added.account());
			case TeamSupervisorRemoved removed ->
				record(Action.TEAM_SUPERVISOR_REMOVED, team(removed.team()), "account " + removed.account());
			case ActingSupervisionGranted granted -> record(Action.ACTING_SUPERVISION_GRANTED,
					account(granted.acting()), "for " + granted.forSupervisor() + " until " + granted.endsAt());
			case ActingSupervisionEnded ended ->
				record(Action.ACTING_SUPERVISION_ENDED, account(ended.acting()), "for " + ended.forSupervisor());
			case ReportScopeGranted granted -> record(Action.REPORT_SCOPE_GRANTED, account(granted.account()),
					granted.scope().reach() + (granted.scope().office() == null ? "" : " " + granted.scope().office()));
			case ReportScopeWithdrawn withdrawn ->
				record(Action.REPORT_SCOPE_WITHDRAWN, account(withdrawn.account()), null);
		}
	}

	private void record(Action action, PseudonymousId subject, String reason) {
		this.trail.record(action, Outcome.ALLOWED, subject, List.of(), reason);
	}

	private static PseudonymousId office(UUID id) {
		return Ids.of("OFFICE", id.toString());
	}

	private static PseudonymousId team(UUID id) {
		return Ids.of("TEAM", id.toString());
	}

	private static PseudonymousId account(UUID id) {
		return Ids.account(id.toString());
	}

}
