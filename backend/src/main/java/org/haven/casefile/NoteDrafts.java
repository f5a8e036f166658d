package org.haven.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.crypto.FieldEncryption;
import org.haven.crypto.TamperedCiphertextException;
import org.haven.shared.IntegrityCheckFailed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The note drafts: at most one per case and caseworker, its text encrypted under the
 * case's data key and bound by associated data to the case and the caseworker, so that a
 * draft copied to another caseworker's row fails its integrity check. A case whose key
 * was destroyed (the person erased) has no readable drafts.
 */
@Component
class NoteDrafts {

	static final String DAMAGED_DRAFT = "case-note-draft";

	private final JdbcTemplate jdbc;

	private final FieldEncryption encryption;

	private final ApplicationEventPublisher events;

	NoteDrafts(JdbcTemplate jdbc, FieldEncryption encryption, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.events = events;
	}

	void keep(CaseFile file, UUID author, String text, Instant now) {
		byte[] body = this.encryption.cipherFor(file.id()).encrypt(field(author), text);
		this.jdbc.update("""
				insert into case_note_draft (case_id, author_id, body, updated_at) values (?, ?, ?, ?)
				on conflict (case_id, author_id) do update set body = excluded.body, updated_at = excluded.updated_at
				""", file.id(), author, body, Timestamp.from(now));
	}

	boolean exists(CaseFile file, UUID author) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from case_note_draft where case_id = ? and author_id = ?", Integer.class, file.id(),
				author);
		return count != null && count > 0 && this.encryption.hasDataKey(file.id());
	}

	Optional<NoteDraft> find(CaseFile file, UUID author) {
		List<Stored> stored = this.jdbc.query(
				"select body, updated_at from case_note_draft where case_id = ? and author_id = ?",
				(row, number) -> new Stored(row.getBytes(1), row.getTimestamp(2).toInstant()), file.id(), author);
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		Stored draft = stored.getFirst();
		try {
			return this.encryption.existingCipherFor(file.id())
				.map(cipher -> new NoteDraft(cipher.decrypt(field(author), draft.body()), draft.savedAt()));
		}
		catch (TamperedCiphertextException damaged) {
			this.events.publishEvent(new IntegrityCheckFailed(DAMAGED_DRAFT, file.code()));
			return Optional.of(new NoteDraft(null, draft.savedAt()));
		}
	}

	void discard(CaseFile file, UUID author) {
		this.jdbc.update("delete from case_note_draft where case_id = ? and author_id = ?", file.id(), author);
	}

	/** Every draft on the case, for erasure. */
	void discardAll(UUID caseId) {
		this.jdbc.update("delete from case_note_draft where case_id = ?", caseId);
	}

	/** Drafts untouched since before the cut-off; returns how many went. */
	int discardUntouchedSince(Instant cutOff) {
		return this.jdbc.update("delete from case_note_draft where updated_at < ?", Timestamp.from(cutOff));
	}

	static String field(UUID author) {
		return "note-draft:" + author;
	}

	private record Stored(byte[] body, Instant savedAt) {
	}

}
