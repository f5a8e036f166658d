package org.haven.casefile.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.casefile.CaseChange;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.Closure;
import org.haven.casefile.Note;
import org.haven.person.Identity;
import org.haven.reference.ReferenceData;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.RecordDamagedException;
import org.haven.shared.Roles;
import org.haven.ui.InputProblems;
import org.haven.ui.KeptTextArea;

/**
 * A case as its caseworker works on it. The identity stays masked until Reveal (an
 * audited read) and is masked again on Hide or when the page is left; extra-sensitive
 * notes likewise, one by one. An edit made on a stale version is refused: the caseworker
 * is told what changed meanwhile and keeps what they typed. A caseworker who opened the
 * case by break-glass reads it and changes nothing: the page says so and offers no
 * change. Erasure of the person is asked for here and decided by a supervisor.
 */
@Route("cases/:code")
@RolesAllowed(Roles.CASEWORKER)
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final H1 title = new H1();

	final Span status = new Span();

	final Paragraph caseworkers = new Paragraph();

	final Paragraph breakGlassNotice = new Paragraph();

	final Paragraph closureNotice = new Paragraph();

	final Paragraph masked = new Paragraph();

	final Div identity = new Div();

	final Button reveal = new Button();

	final Button hide = new Button();

	final Anchor identityRecord = new Anchor();

	final Button requestErasure = new Button();

	final Paragraph erasureNotice = new Paragraph();

	final HorizontalLayout steps = new HorizontalLayout();

	final Button requestClosure = new Button();

	final Button reopen = new Button();

	final DatePicker followUp = new DatePicker();

	final Button saveFollowUp = new Button();

	final SituationForm situation;

	final Button saveSituation = new Button();

	final NeedsForm needs = new NeedsForm();

	final Button saveNeeds = new Button();

	final NonPunishmentForm nonPunishment = new NonPunishmentForm();

	final Button saveNonPunishment = new Button();

	final KeptTextArea noteText = new KeptTextArea();

	final Paragraph noteDraftNotice = new Paragraph();

	final Checkbox noteExtraSensitive = new Checkbox();

	final Button addNote = new Button();

	final VerticalLayout notes = new VerticalLayout();

	final VerticalLayout historyEntries = new VerticalLayout();

	final Details history = new Details();

	private final CaseService service;

	private CaseDetails details;

	CaseView(CaseService service, ReferenceData reference) {
		this.service = service;
		this.situation = new SituationForm(reference);
		setId("case-view");
		this.status.setId("case-status");
		this.status.getElement().getThemeList().add("badge");
		this.caseworkers.setId("case-caseworkers");
		this.breakGlassNotice.setId("break-glass-notice");
		this.breakGlassNotice.addClassName("haven-warning");
		this.closureNotice.setId("closure-notice");
		this.masked.setId("identity-masked");
		this.masked.setText(getTranslation("case.identity.masked"));
		this.identity.setId("identity");
		this.reveal.setId("reveal-identity");
		this.reveal.setText(getTranslation("case.identity.reveal"));
		this.reveal.addThemeVariants(ButtonVariant.PRIMARY);
		this.reveal.addClickListener(click -> reveal());
		this.hide.setId("hide-identity");
		this.hide.setText(getTranslation("case.identity.hide"));
		this.hide.addClickListener(click -> hide());
		this.identityRecord.setId("identity-record");
		this.identityRecord.setText(getTranslation("case.identity.record"));
		this.requestErasure.setId("request-erasure");
		this.requestErasure.setText(getTranslation("case.erasure.request"));
		this.requestErasure.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
		this.requestErasure.addClickListener(click -> new ErasureRequestDialog(this.service, this.details, asked -> {
			this.details = asked;
			showErasure(asked);
		}).open());
		this.erasureNotice.setId("erasure-notice");
		this.steps.setId("status-steps");
		this.requestClosure.setId("request-closure");
		this.requestClosure.setText(getTranslation("case.closure.request"));
		this.requestClosure.addClickListener(click -> askForClosure());
		this.reopen.setId("reopen");
		this.reopen.setText(getTranslation("case.reopen"));
		this.reopen.addClickListener(click -> askToReopen());
		this.followUp.setId("next-follow-up");
		this.followUp.setLabel(getTranslation("case.next-follow-up"));
		this.saveFollowUp.setId("save-follow-up");
		this.saveFollowUp.setText(getTranslation("case.save"));
		this.saveFollowUp.addClickListener(click -> save(this.followUpProblems(), CaseDetails.Part.FOLLOW_UP,
				current -> this.service.scheduleFollowUp(current.code(), current.version(), this.followUp.getValue())));
		this.saveSituation.setId("save-situation");
		this.saveSituation.setText(getTranslation("case.save"));
		this.saveSituation.addClickListener(click -> save(this.situation.problems(), CaseDetails.Part.SITUATION,
				current -> this.service.changeSituation(current.code(), current.version(), this.situation.value())));
		this.saveNeeds.setId("save-needs");
		this.saveNeeds.setText(getTranslation("case.save"));
		this.saveNeeds.addClickListener(click -> save(this.needs.problems(), CaseDetails.Part.NEEDS,
				current -> this.service.changeNeeds(current.code(), current.version(), this.needs.value())));
		this.saveNonPunishment.setId("save-non-punishment");
		this.saveNonPunishment.setText(getTranslation("case.save"));
		this.saveNonPunishment.addClickListener(
				click -> save(this.nonPunishment.problems(), CaseDetails.Part.NON_PUNISHMENT, current -> this.service
					.changeNonPunishment(current.code(), current.version(), this.nonPunishment.value())));
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
		this.historyEntries.setId("case-history");
		this.historyEntries.setPadding(false);
		this.history.setSummaryText(getTranslation("case.history"));
		this.history.add(this.historyEntries);
		this.history.setWidthFull();
		this.history.addOpenedChangeListener(opened -> {
			if (opened.isOpened()) {
				showHistory();
			}
		});
		HorizontalLayout header = new HorizontalLayout(this.title, this.status);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		HorizontalLayout followUpRow = new HorizontalLayout(this.followUp, this.saveFollowUp);
		followUpRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		add(header, this.caseworkers, this.breakGlassNotice, new H2(getTranslation("case.identity")), this.masked,
				this.identity, new HorizontalLayout(this.reveal, this.hide, this.identityRecord, this.requestErasure),
				this.erasureNotice, new H2(getTranslation("case.workflow")), this.closureNotice,
				new HorizontalLayout(this.steps, this.requestClosure, this.reopen), followUpRow,
				section("case.situation", this.situation, this.saveSituation),
				section("case.needs", this.needs, this.saveNeeds),
				section("case.non-punishment", new Paragraph(getTranslation("case.non-punishment.explained")),
						this.nonPunishment, this.saveNonPunishment),
				new H2(getTranslation("case.notes")), this.noteText, this.noteDraftNotice,
				new HorizontalLayout(this.noteExtraSensitive, this.addNote), this.notes, this.history);
	}

	private Details section(String titleKey, Component... content) {
		Details details = new Details(getTranslation(titleKey), new VerticalLayout(content));
		details.setOpened(true);
		details.setWidthFull();
		return details;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		hide();
		CaseCode code = event.getRouteParameters()
			.get("code")
			.flatMap(CaseCode::parse)
			.orElseThrow(NotFoundException::new);
		try {
			show(this.service.open(code));
		}
		catch (org.haven.shared.NotFoundException notYours) {
			throw new NotFoundException();
		}
		showNotes();
		offerNoteDraft();
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		hide();
	}

	/** Nothing identifying stays in the page once it is left. */
	@Override
	protected void onDetach(DetachEvent detachEvent) {
		hide();
		this.notes.removeAll();
		this.noteText.clear();
	}

	private void show(CaseDetails current) {
		this.details = current;
		this.title.setText(getTranslation("case.title", current.code().value()));
		this.status.setText(CaseLabels.of(this, current.status()));
		this.caseworkers.setText(current.caseworkers()
			.stream()
			.map(worker -> getTranslation(worker.primary() ? "case.caseworker.primary" : "case.caseworker.secondary",
					worker.name()))
			.collect(Collectors.joining(" · ")));
		this.breakGlassNotice.setVisible(current.readOnly());
		if (current.readOnly()) {
			this.breakGlassNotice
				.setText(getTranslation("case.break-glass.notice", CaseLabels.time(current.breakGlassUntil())) + " "
						+ getTranslation("case.break-glass.read-only.explained"));
		}
		showErasure(current);
		this.identityRecord.setHref("persons/" + current.person().value());
		this.situation.setValue(current.situation());
		this.needs.setValue(current.needs());
		this.nonPunishment.setValue(current.nonPunishment());
		this.followUp.setValue(current.nextFollowUpOn());
		showWorkflow(current);
	}

	private void showErasure(CaseDetails current) {
		this.requestErasure.setVisible(!current.readOnly() && current.erasureRequested() == null);
		this.erasureNotice.setVisible(current.erasureRequested() != null);
		if (current.erasureRequested() != null) {
			this.erasureNotice
				.setText(getTranslation("case.erasure.pending", CaseLabels.of(this, current.erasureRequested())));
		}
	}

	private void showWorkflow(CaseDetails current) {
		boolean closed = current.status() == CaseStatus.CLOSED;
		boolean pending = current.closure().pending();
		boolean readOnly = current.readOnly();
		this.steps.removeAll();
		this.steps.setVisible(!readOnly);
		for (CaseStatus next : current.status().next()) {
			Button step = new Button(getTranslation("case.advance", CaseLabels.of(this, next)));
			step.setId("advance-" + CaseLabels.kebab(next.name()));
			step.setEnabled(!pending);
			step.addClickListener(click -> save(new InputProblems(this), CaseDetails.Part.STATUS,
					latest -> this.service.advance(latest.code(), latest.version(), next)));
			this.steps.add(step);
		}
		this.requestClosure.setVisible(!closed && !readOnly);
		this.requestClosure.setEnabled(!pending);
		this.reopen.setVisible(closed && !readOnly);
		this.situation.setReadOnly(closed || readOnly);
		this.needs.setReadOnly(closed || readOnly);
		this.nonPunishment.setReadOnly(closed || readOnly);
		List.of(this.saveSituation, this.saveNeeds, this.saveNonPunishment, this.saveFollowUp).forEach(button -> {
			button.setEnabled(!closed);
			button.setVisible(!readOnly);
		});
		this.followUp.setReadOnly(closed || readOnly);
		this.noteText.setVisible(!readOnly);
		this.noteExtraSensitive.setVisible(!readOnly);
		this.addNote.setVisible(!readOnly);
		if (pending) {
			this.closureNotice.setText(
					getTranslation("case.closure.pending", CaseLabels.of(this, current.closure().requestedOutcome())));
		}
		else if (closed) {
			this.closureNotice
				.setText(getTranslation("case.closure.closed", CaseLabels.time(current.closure().closedAt()),
						CaseLabels.of(this, current.closure().requestedOutcome())));
		}
		else if (current.closure().returnedFor() != null) {
			this.closureNotice
				.setText(getTranslation("case.closure.returned", CaseLabels.of(this, current.closure().returnedFor())));
		}
		else {
			this.closureNotice.setText("");
		}
		this.closureNotice.setVisible(!this.closureNotice.getText().isEmpty());
	}

	void reveal() {
		Identity revealed;
		try {
			revealed = this.service.revealIdentity(this.details.code());
		}
		catch (RecordDamagedException damaged) {
			this.masked.setText(getTranslation("integrity.identity"));
			this.masked.addClassName("haven-warning");
			return;
		}
		this.identity.removeAll();
		line("case.identity.given-names", revealed.givenNames());
		line("case.identity.family-names", revealed.familyNames());
		line("case.identity.aliases", String.join(", ", revealed.aliases()));
		line("case.identity.date-of-birth",
				revealed.dateOfBirth() == null ? null : CaseLabels.date(revealed.dateOfBirth()));
		line("case.identity.phone-numbers", String.join(", ", revealed.phoneNumbers()));
		line("case.identity.email", revealed.email());
		line("case.identity.addresses", String.join(" / ", revealed.addresses()));
		line("case.identity.document",
				revealed.documentType() == null ? revealed.documentNumber()
						: getTranslation("case.identity.document-value", CaseLabels.of(this, revealed.documentType()),
								revealed.documentNumber() == null ? "" : revealed.documentNumber()));
		line("case.identity.remarks", revealed.identifyingRemarks());
		this.identity.setVisible(true);
		this.masked.setVisible(false);
		this.reveal.setVisible(false);
		this.hide.setVisible(true);
	}

	private void line(String labelKey, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		Div row = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
		row.addClassName("haven-identity-line");
		this.identity.add(row);
	}

	void hide() {
		this.masked.setText(getTranslation("case.identity.masked"));
		this.masked.removeClassName("haven-warning");
		this.identity.removeAll();
		this.identity.setVisible(false);
		this.masked.setVisible(true);
		this.reveal.setVisible(true);
		this.hide.setVisible(false);
	}

	private void showNotes() {
		this.notes.removeAll();
		for (Note note : this.service.notes(this.details.code())) {
			this.notes.add(noteCard(note));
		}
	}

	void showHistory() {
		this.historyEntries.removeAll();
		for (CaseChange change : this.service.history(this.details.code())) {
			String what = change.opening() ? getTranslation("case.history.opened")
					: change.parts().stream().map(part -> CaseLabels.of(this, part)).collect(Collectors.joining(", "));
			this.historyEntries
				.add(new Span(getTranslation("case.history.entry", CaseLabels.time(change.at()), change.by(), what)));
		}
	}

	private Div noteCard(Note note) {
		Div card = new Div();
		card.addClassName("haven-note");
		card.setId("note-" + note.id());
		Span meta = new Span(getTranslation("case.note.meta", note.author(), CaseLabels.time(note.writtenAt()))
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
				Note revealed = this.service.revealNote(this.details.code(), note.id());
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
			this.service.addNote(this.details.code(), this.noteText.getValue(), this.noteExtraSensitive.getValue());
		}
		catch (InvalidInputException refused) {
			new InputProblems(this).field("text", this.noteText).show(refused);
			return;
		}
		this.noteText.clear();
		this.noteExtraSensitive.clear();
		this.noteDraftNotice.setVisible(false);
		showNotes();
		Notification.show(getTranslation("case.note.added")).addThemeVariants(NotificationVariant.SUCCESS);
	}

	/**
	 * The note typed on this case and not added (quick hide, a lost connection, a closed
	 * tab) comes back into the field; nothing of another case stays in it.
	 */
	private void offerNoteDraft() {
		this.noteText.clear();
		this.noteDraftNotice.setVisible(false);
		if (!this.service.hasNoteDraft(this.details.code())) {
			return;
		}
		this.service.noteDraft(this.details.code()).ifPresent(draft -> {
			if (draft.failedIntegrityCheck()) {
				this.noteDraftNotice.setText(getTranslation("integrity.note-draft"));
			}
			else {
				this.noteText.setValue(draft.text());
				this.noteDraftNotice.setText(getTranslation("case.note.draft-kept", CaseLabels.time(draft.savedAt())));
			}
			this.noteDraftNotice.setVisible(true);
		});
	}

	private void keepNoteDraft(String text) {
		if (this.details != null) {
			this.service.keepNoteDraft(this.details.code(), text);
		}
	}

	private void askForClosure() {
		Dialog dialog = new Dialog();
		dialog.setId("closure-dialog");
		dialog.setHeaderTitle(getTranslation("case.closure.request"));
		Select<Closure.Outcome> outcome = new Select<>();
		outcome.setId("closure-outcome");
		outcome.setLabel(getTranslation("case.closure.outcome"));
		outcome.setItems(Closure.Outcome.values());
		outcome.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		Button send = new Button(getTranslation("case.closure.send"));
		send.setId("send-closure-request");
		send.addThemeVariants(ButtonVariant.PRIMARY);
		send.addClickListener(click -> {
			if (save(new InputProblems(this).field("outcome", outcome), CaseDetails.Part.CLOSURE,
					latest -> this.service.requestClosure(latest.code(), latest.version(), outcome.getValue()))) {
				dialog.close();
			}
		});
		dialog.add(new Paragraph(getTranslation("case.closure.explained")), outcome);
		dialog.getFooter().add(new Button(getTranslation("case.cancel"), click -> dialog.close()), send);
		dialog.open();
	}

	private void askToReopen() {
		Dialog dialog = new Dialog();
		dialog.setId("reopen-dialog");
		dialog.setHeaderTitle(getTranslation("case.reopen"));
		Select<Closure.ReopenReason> reason = new Select<>();
		reason.setId("reopen-reason");
		reason.setLabel(getTranslation("case.reopen.reason"));
		reason.setItems(Closure.ReopenReason.values());
		reason.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		Button confirm = new Button(getTranslation("case.reopen"));
		confirm.setId("confirm-reopen");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		confirm.addClickListener(click -> {
			if (save(new InputProblems(this).field("reason", reason), CaseDetails.Part.STATUS,
					latest -> this.service.reopen(latest.code(), latest.version(), reason.getValue()))) {
				dialog.close();
			}
		});
		dialog.add(reason);
		dialog.getFooter().add(new Button(getTranslation("case.cancel"), click -> dialog.close()), confirm);
		dialog.open();
	}

	private InputProblems followUpProblems() {
		return new InputProblems(this).field("nextFollowUpOn", this.followUp);
	}

	/**
	 * Saves one part. On a conflict nothing was written: the caseworker learns what
	 * changed meanwhile, keeps what they typed, and can apply it to the latest version.
	 */
	boolean save(InputProblems problems, CaseDetails.Part part, Function<CaseDetails, CaseDetails> change) {
		problems.clear();
		try {
			CaseDetails saved = change.apply(this.details);
			this.details = saved;
			showHeaderAndWorkflow(saved);
			if (this.history.isOpened()) {
				showHistory();
			}
			Notification.show(getTranslation("case.saved")).addThemeVariants(NotificationVariant.SUCCESS);
			return true;
		}
		catch (InvalidInputException refused) {
			problems.show(refused)
				.forEach(message -> Notification.show(message).addThemeVariants(NotificationVariant.ERROR));
			return false;
		}
		catch (ConflictException conflict) {
			showConflict(part, change);
			return false;
		}
	}

	private void showConflict(CaseDetails.Part part, Function<CaseDetails, CaseDetails> change) {
		CaseDetails latest = this.service.open(this.details.code());
		String changed = this.details.partsChangedIn(latest)
			.stream()
			.map(changedPart -> CaseLabels.of(this, changedPart))
			.collect(Collectors.joining(", "));
		Dialog dialog = new Dialog();
		dialog.setId("conflict-dialog");
		dialog.setHeaderTitle(getTranslation("case.conflict.title"));
		Paragraph explanation = new Paragraph(getTranslation("case.conflict.explained",
				changed.isEmpty() ? getTranslation("case.conflict.unknown-part") : changed,
				CaseLabels.time(latest.updatedAt())));
		explanation.setId("conflict-explanation");
		Button applyMine = new Button(getTranslation("case.conflict.apply-mine"));
		applyMine.setId("conflict-apply-mine");
		applyMine.addThemeVariants(ButtonVariant.PRIMARY);
		applyMine.addClickListener(click -> {
			dialog.close();
			this.details = latest;
			save(new InputProblems(this), part, change);
		});
		Button discardMine = new Button(getTranslation("case.conflict.discard-mine"));
		discardMine.setId("conflict-discard-mine");
		discardMine.addClickListener(click -> {
			dialog.close();
			show(latest);
		});
		dialog.add(explanation);
		dialog.getFooter().add(discardMine, applyMine);
		dialog.open();
	}

	private void showHeaderAndWorkflow(CaseDetails current) {
		this.status.setText(CaseLabels.of(this, current.status()));
		showWorkflow(current);
	}

	CaseDetails details() {
		return this.details;
	}

	@Override
	public String getPageTitle() {
		return this.details == null ? getTranslation("cases.title")
				: getTranslation("case.title", this.details.code().value());
	}

}
