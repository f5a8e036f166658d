package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A note as stored: its text only as ciphertext under the case's data key. Notes are
 * never edited.
 */
@Entity
@Table(name = "case_note")
@Audited
class NoteEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "author_id", nullable = false, updatable = false)
	private UUID authorId;

	@Column(name = "extra_sensitive", nullable = false, updatable = false)
	private boolean extraSensitive;

	@Column(name = "body", updatable = false)
	private byte[] body;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected NoteEntry() {
	}

	NoteEntry(UUID id, UUID caseId, UUID authorId, boolean extraSensitive, byte[] body, Instant createdAt) {
		this.id = id;
		this.caseId = caseId;
		this.authorId = authorId;
		this.extraSensitive = extraSensitive;
		this.body = body;
		this.createdAt = createdAt;
	}

	UUID id() {
		return this.id;
	}

	UUID caseId() {
		return this.caseId;
	}

	UUID authorId() {
		return this.authorId;
	}

	boolean extraSensitive() {
		return this.extraSensitive;
	}

	byte[] body() {
		return this.body;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	static String field(UUID note) {
		return "note:" + note;
	}

}
