package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import org.haven.person.PersonCode;

/**
 * The columns of a case that anonymised statistics read, and the seals that vouch for its
 * person and team: read as values, not entities, because a report reads every case of a
 * network and has nothing to change.
 */
record CountedCaseRow(UUID id, String code, String personCode, long assignmentGeneration, byte[] seal, UUID teamId,
		byte[] teamSeal, Instant openedAt, Instant closedAt, CaseStatus status, Closure.Outcome outcome,
		Situation situation, NonPunishment nonPunishment) {

	boolean intact(CaseSeals seals) {
		return seals.check(CaseSeals.link(this.id, this.code, this.personCode, this.assignmentGeneration), this.seal,
				this.code, this.id)
				&& seals.check(CaseSeals.team(this.id, this.code, this.teamId, this.assignmentGeneration),
						this.teamSeal, this.code, this.id);
	}

	CaseFacts facts() {
		return new CaseFacts(this.id, new CaseCode(this.code), new PersonCode(this.personCode), this.openedAt,
				this.closedAt, this.status, this.outcome, this.situation.exploitationForms().codes(),
				this.situation.controlMeans().codes(), this.situation.recruitmentChannels().codes(),
				this.situation.sectors().codes(), this.nonPunishment);
	}

}
