package org.haven.casefile;

import org.haven.crypto.FieldEncryption;
import org.haven.person.PersonChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Erasing a person erases what their cases say in free text: the cases' data keys go with
 * the person's, so notes, note drafts and explanations, in the history too, can no longer
 * be read. The coded parts stay, for anonymised statistics.
 */
@Component
class CaseErasure {

	private final CaseFileRepository cases;

	private final FieldEncryption encryption;

	private final NoteDrafts noteDrafts;

	CaseErasure(CaseFileRepository cases, FieldEncryption encryption, NoteDrafts noteDrafts) {
		this.cases = cases;
		this.noteDrafts = noteDrafts;
		this.encryption = encryption;
	}

	@EventListener
	void personChanged(PersonChanged event) {
		if (event.change() == PersonChanged.Change.ERASED) {
			this.cases.findByPersonCode(event.code().value()).forEach(file -> {
				this.encryption.destroyDataKey(file.id());
				this.noteDrafts.discardAll(file.id());
			});
		}
	}

}
