package org.haven.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.crypto.TamperedCiphertextException;
import org.haven.shared.IntegrityCheckFailed;
import org.haven.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns stored notes into what a caseworker reads: decrypted under the case's key, marked
 * erased once that key was destroyed with the person, or marked as having failed the
 * integrity check. A damaged note never hides the others: it is shown as damaged, and
 * each damaged note (or a damaged case key) is published as an
 * {@link IntegrityCheckFailed} finding, which names the case, never the note's content.
 */
@Component
class NoteReading {

	static final String DAMAGED_NOTE = "case-note";

	static final String DAMAGED_CASE_KEY = "case-data-key";

	private final NoteEntryRepository notes;

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	NoteReading(NoteEntryRepository notes, FieldEncryption encryption, AccountDirectory accounts,
			ApplicationEventPublisher events) {
		this.notes = notes;
		this.encryption = encryption;
		this.accounts = accounts;
		this.events = events;
	}

	/** The case's notes, newest first; extra-sensitive ones masked. */
	List<Note> all(CaseFile file) {
		return read(file, this.notes.findByCaseIdOrderByCreatedAtDesc(file.id()), false);
	}

	/**
	 * One of the case's notes, revealed even when extra-sensitive; another's is "not
	 * found".
	 */
	Note revealed(CaseFile file, UUID noteId) {
		NoteEntry entry = this.notes.findById(noteId)
			.filter(found -> found.caseId().equals(file.id()))
			.orElseThrow(() -> new NotFoundException("note"));
		return read(file, List.of(entry), true).getFirst();
	}

	/**
	 * The notes as a caseworker sees them; extra-sensitive ones stay masked unless
	 * {@code revealExtraSensitive}.
	 */
	List<Note> read(CaseFile file, Collection<NoteEntry> entries, boolean revealExtraSensitive) {
		if (entries.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> authors = this.accounts.usernamesOf(entries.stream().map(NoteEntry::authorId).toList());
		Key key = key(file);
		return entries.stream().map(entry -> {
			String author = authors.getOrDefault(entry.authorId(), "?");
			if (key.state() != Note.State.READABLE) {
				return new Note(entry.id(), author, entry.createdAt(), entry.extraSensitive(), null, key.state());
			}
			if (entry.extraSensitive() && !revealExtraSensitive) {
				return new Note(entry.id(), author, entry.createdAt(), true, null, Note.State.READABLE);
			}
			try {
				return new Note(entry.id(), author, entry.createdAt(), entry.extraSensitive(),
						key.cipher().decrypt(NoteEntry.field(entry.id()), entry.body()), Note.State.READABLE);
			}
			catch (TamperedCiphertextException damaged) {
				this.events.publishEvent(new IntegrityCheckFailed(DAMAGED_NOTE, file.code()));
				return new Note(entry.id(), author, entry.createdAt(), entry.extraSensitive(), null,
						Note.State.FAILED_INTEGRITY_CHECK);
			}
		}).toList();
	}

	private Key key(CaseFile file) {
		try {
			return this.encryption.existingCipherFor(file.id())
				.map(cipher -> new Key(cipher, Note.State.READABLE))
				.orElseGet(() -> new Key(null, Note.State.ERASED));
		}
		catch (TamperedCiphertextException damaged) {
			this.events.publishEvent(new IntegrityCheckFailed(DAMAGED_CASE_KEY, file.code()));
			return new Key(null, Note.State.FAILED_INTEGRITY_CHECK);
		}
	}

	private record Key(OwnerCipher cipher, Note.State state) {
	}

}
