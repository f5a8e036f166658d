package org.haven.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.casefile.Note;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.KeptTextArea;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * The case's notes and a new one being written. An extra-sensitive note stays masked
 * until shown, one by one (an audited read); a damaged note says so and shows nothing of
 * its text. The note being typed is kept as a draft of this case (quick hide, a lost
 * connection, a closed tab lose nothing) and comes back when the case is opened again.
 */
class CaseNotesSection extends CaseSection {

	private final KeptTextArea noteText = new KeptTextArea();

	private final Paragraph noteDraftNotice = new Paragraph();

	private final Checkbox noteExtraSensitive = new Checkbox();

	private final Button addNote = new Button();

	private final VerticalLayout notes = new VerticalLayout();

	private final CaseService service;

	private final CaseEditing editing;

	CaseNotesSection(CaseService service, CaseEditing editing) {
		this.service = service;
		this.editing = editing;
		this.noteText.setId("note-text");
		this.noteText.setLabel(getTranslation("case.note.new"));
		this.noteText.setWidthFull();
		this.noteText.keepWith(this::keepNoteDraft);
		this.noteDraftNotice.setId("note-draft-notice");
		this.noteDraftNotice.setVisible(false);
		this.noteExtraSensitive.setId("note-extra-sensitive");
		this.noteExtraSensitive.setLabel(getTranslation("case.note.extra-sensitive"));
		this.addNote.setId("add-note");
		this.addNote.setText(getTranslation("case.note.add"));
		this.addNote.addClickListener(click -> addNote());
		this.notes.setId("notes");
		this.notes.setPadding(false);
		add(new H2(getTranslation("case.notes")), this.noteText, this.noteDraftNotice,
				new HorizontalLayout(this.noteExtraSensitive, this.addNote), this.notes);
	}

	@Override
	protected void show(CaseDetails current) {
		saved(current);
	}

	@Override
	protected void saved(CaseDetails current) {
		this.noteText.setVisible(!current.readOnly());
		this.noteExtraSensitive.setVisible(!current.readOnly());
		this.addNote.setVisible(!current.readOnly());
	}

	@Override
	protected void opened(CaseDetails current) {
		showNotes();
		offerNoteDraft();
	}

	@Override
	protected void leave() {
		this.notes.removeAll();
		this.noteText.clear();
	}

	private void showNotes() {
		this.notes.removeAll();
		for (Note note : this.service.notes(this.editing.current().code())) {
			this.notes.add(noteCard(note));
		}
	}

	private Div noteCard(Note note) {
		Div card = new Div();
		card.addClassName("haven-note");
		card.setId("note-" + note.id());
		Span meta = new Span(getTranslation("case.note.meta", note.author(), UserLocale.dateTime(note.writtenAt()))
				+ (note.extraSensitive() ? " · " + getTranslation("case.note.extra-sensitive-badge") : ""));
		meta.addClassName("haven-note-meta");
		card.add(meta);
		if (note.unreadable()) {
			card.add(new Paragraph(getTranslation("case.note.erased")));
		}
		else if (note.failedIntegrityCheck()) {
			card.add(damaged());
		}
		else if (note.masked()) {
			Button show = new Button(getTranslation("case.note.reveal"));
			show.addClassName("reveal-note");
			show.addClickListener(click -> {
				Note revealed = this.service.revealNote(this.editing.current().code(), note.id());
				card.replace(show, revealed.failedIntegrityCheck() ? damaged() : text(revealed.text()));
			});
			card.add(show);
		}
		else {
			card.add(text(note.text()));
		}
		return card;
	}

	/** Says so, and nothing else: the damaged text is never shown, even in part. */
	private Paragraph damaged() {
		Paragraph paragraph = new Paragraph(getTranslation("integrity.note"));
		paragraph.addClassNames("haven-note-damaged", "haven-warning");
		return paragraph;
	}

	private static Paragraph text(String text) {
		Paragraph paragraph = new Paragraph(text);
		paragraph.addClassName("haven-note-text");
		return paragraph;
	}

	private void addNote() {
		this.noteText.setInvalid(false);
		try {
			this.service.addNote(this.editing.current().code(), this.noteText.getValue(),
					this.noteExtraSensitive.getValue());
		}
		catch (InvalidInputException refused) {
			new InputProblems(this).field("text", this.noteText).show(refused);
			return;
		}
		this.noteText.clear();
		this.noteExtraSensitive.clear();
		this.noteDraftNotice.setVisible(false);
		showNotes();
		Notifications.success(getTranslation("case.note.added"));
	}

	/**
	 * The note typed on this case and not added comes back into the field; nothing of
	 * another case stays in it.
	 */
	private void offerNoteDraft() {
		this.noteText.clear();
		this.noteDraftNotice.setVisible(false);
		CaseDetails current = this.editing.current();
		if (!this.service.hasNoteDraft(current.code())) {
			return;
		}
		this.service.noteDraft(current.code()).ifPresent(draft -> {
			if (draft.failedIntegrityCheck()) {
				this.noteDraftNotice.setText(getTranslation("integrity.note-draft"));
			}
			else {
				this.noteText.setValue(draft.text());
				this.noteDraftNotice
					.setText(getTranslation("case.note.draft-kept", UserLocale.dateTime(draft.savedAt())));
			}
			this.noteDraftNotice.setVisible(true);
		});
	}

	private void keepNoteDraft(String text) {
		if (this.editing.current() != null) {
			this.service.keepNoteDraft(this.editing.current().code(), text);
		}
	}

}
