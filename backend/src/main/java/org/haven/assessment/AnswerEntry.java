package org.haven.assessment;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One item's answer as stored: the response and score in the clear, the reason as
 * ciphertext.
 */
@Entity
@Table(name = "assessment_answer")
@Audited
class AnswerEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "administration_id", nullable = false, updatable = false)
	private UUID administrationId;

	@Column(name = "item_code", nullable = false, updatable = false, length = 40)
	private String itemCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "answer", nullable = false, updatable = false, length = 16)
	private Response response;

	@Column(name = "score", updatable = false)
	private @Nullable Short score;

	@Column(name = "reason", updatable = false)
	private byte @Nullable [] reason;

	protected AnswerEntry() {
	}

	AnswerEntry(UUID id, UUID administrationId, String itemCode, Response response, @Nullable Integer score,
			byte @Nullable [] reason) {
		this.id = id;
		this.administrationId = administrationId;
		this.itemCode = itemCode;
		this.response = response;
		this.score = score == null ? null : score.shortValue();
		this.reason = reason;
	}

	static String reasonField(UUID answer) {
		return "assessment-reason:" + answer;
	}

	UUID id() {
		return this.id;
	}

	UUID administrationId() {
		return this.administrationId;
	}

	String itemCode() {
		return this.itemCode;
	}

	Response response() {
		return this.response;
	}

	@Nullable Integer score() {
		return this.score == null ? null : this.score.intValue();
	}

	byte @Nullable [] reason() {
		return this.reason;
	}

}
