package org.haven.casefile;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the person told and what was agreed with them, as part of their case: the
 * situation, the needs, the non-punishment record (each a coded JSON column, never
 * identity) and the next follow-up. The case guards when they may change; this part only
 * holds them.
 */
@Embeddable
class CaseAnswers {

	@Convert(converter = JsonColumns.SituationColumn.class)
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "situation", nullable = false)
	private Situation situation;

	@Convert(converter = JsonColumns.NeedsColumn.class)
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "needs", nullable = false)
	private Needs needs;

	@Convert(converter = JsonColumns.NonPunishmentColumn.class)
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "non_punishment", nullable = false)
	private NonPunishment nonPunishment;

	@Column(name = "next_follow_up_on")
	private LocalDate nextFollowUpOn;

	protected CaseAnswers() {
	}

	CaseAnswers(Situation situation, Needs needs, NonPunishment nonPunishment) {
		this.situation = situation;
		this.needs = needs;
		this.nonPunishment = nonPunishment;
	}

	void record(Situation situation) {
		this.situation = situation;
	}

	void record(Needs needs) {
		this.needs = needs;
	}

	void record(NonPunishment nonPunishment) {
		this.nonPunishment = nonPunishment;
	}

	void scheduleFollowUp(LocalDate on) {
		this.nextFollowUpOn = on;
	}

	Situation situation() {
		return this.situation;
	}

	Needs needs() {
		return this.needs;
	}

	NonPunishment nonPunishment() {
		return this.nonPunishment;
	}

	LocalDate nextFollowUpOn() {
		return this.nextFollowUpOn;
	}

}
