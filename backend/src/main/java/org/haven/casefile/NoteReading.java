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

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	NoteReading(FieldEncryption encryption, AccountDirectory accounts, ApplicationEventPublisher events) {
		this.encryption = encryption;
		this.accounts = accounts;
		this.events = events;
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
		if (!this.encryption.hasDataKey(file.id())) {
			return new Key(null, Note.State.ERASED);
		}
		try {
			return new Key(this.encryption.cipherFor(file.id()), Note.State.READABLE);
		}
		catch (TamperedCiphertextException damaged) {
			this.events.publishEvent(new IntegrityCheckFailed(DAMAGED_CASE_KEY, file.code()));
			return new Key(null, Note.State.FAILED_INTEGRITY_CHECK);
		}
	}

	private record Key(OwnerCipher cipher, Note.State state) {
	}

}
