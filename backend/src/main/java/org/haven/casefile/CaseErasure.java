package org.haven.casefile;

import org.haven.crypto.FieldEncryption;
import org.haven.person.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Erasing a person erases what their cases say in free text: the cases' data keys go with
 * the person's, so notes, note drafts and explanations, in the history too, can no longer
 * be read. The coded parts stay, for anonymised statistics. A case whose link to the
 * person fails its seal is not the person's: its keys stay, and the finding is reported.
 */
@Component
class CaseErasure {

	private final CaseFileRepository cases;

	private final CaseSeals seals;

	private final FieldEncryption encryption;

	private final NoteDrafts noteDrafts;

	CaseErasure(CaseFileRepository cases, CaseSeals seals, FieldEncryption encryption, NoteDrafts noteDrafts) {
		this.cases = cases;
		this.seals = seals;
		this.noteDrafts = noteDrafts;
		this.encryption = encryption;
	}

	@EventListener
	void personErased(PersonErased event) {
		this.cases.findByPersonCode(event.code().value()).stream().filter(this.seals::intact).forEach(file -> {
			this.encryption.destroyDataKey(file.id());
			this.noteDrafts.discardAll(file.id());
		});
	}

}
