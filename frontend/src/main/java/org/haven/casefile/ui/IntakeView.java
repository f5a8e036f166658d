package org.haven.casefile.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.casefile.DraftId;
import org.haven.casefile.DraftSummary;
import org.haven.casefile.IntakeDraft;
import org.haven.casefile.IntakeService;
import org.haven.reference.ReferenceData;
import org.haven.shared.Roles;
import org.haven.ui.Notifications;
import org.haven.ui.RecordLookup;
import org.haven.ui.UserLocale;

/**
 * The intake: without a draft in the address, the caseworker's unfinished intakes (where
 * they stopped and when, never who); with one, the wizard for that draft. A draft of
 * another caseworker's, or none, looks like any address that does not exist.
 */
@Route("intake")
@RolesAllowed(Roles.CASEWORKER)
@Menu(title = "nav.intake", order = 11)
class IntakeView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	final Button start = new Button();

	final Div drafts = new Div();

	private final transient IntakeService intake;

	private final transient ReferenceData reference;

	private final transient Clock clock;

	private IntakeWizard wizard;

	IntakeView(IntakeService intake, ReferenceData reference, Clock clock) {
		this.intake = intake;
		this.reference = reference;
		this.clock = clock;
		setId("intake-view");
		this.start.setText(getTranslation("intake.start"));
		this.start.setId("start-intake");
		this.start.addThemeVariants(ButtonVariant.PRIMARY);
		this.start.addClickListener(click -> CaseNavigation.toDraft(this.intake.start()));
		this.drafts.setId("intake-drafts");
		this.drafts.addClassName("haven-intake-drafts");
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
		closeWizard();
		removeAll();
		if (parameter == null || parameter.isBlank()) {
			showList();
			return;
		}
		DraftId id = DraftId.parse(parameter).orElseThrow(NotFoundException::new);
		IntakeDraft draft = RecordLookup.orNotFound(() -> this.intake.open(id));
		this.wizard = new IntakeWizard(this.intake, this.reference, this.clock);
		add(this.wizard);
		this.wizard.load(draft);
	}

	/** The wizard on screen, if a draft is open. */
	IntakeWizard wizard() {
		return this.wizard;
	}

	private void showList() {
		add(new H1(getTranslation("intake.title")), new Paragraph(getTranslation("intake.list.intro")), this.start,
				this.drafts);
		refreshList();
	}

	private void refreshList() {
		this.drafts.removeAll();
		var mine = this.intake.mine();
		if (mine.isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("intake.list.empty"));
			empty.setId("intake-drafts-empty");
			this.drafts.add(empty);
		}
		mine.forEach(draft -> this.drafts.add(row(draft)));
	}

	private Div row(DraftSummary draft) {
		Span step = new Span(getTranslation("intake.draft.step", CaseLabels.of(this, draft.step())));
		step.addClassName("haven-intake-draft-step");
		Span started = new Span(getTranslation("intake.draft.started", UserLocale.dateTime(draft.startedAt())));
		Span saved = new Span(getTranslation("intake.draft.saved", UserLocale.dateTime(draft.savedAt())));
		Button resume = new Button(getTranslation("intake.continue"), click -> CaseNavigation.toDraft(draft.id()));
		resume.addClassName("haven-intake-continue");
		resume.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
		Button discard = new Button(getTranslation("intake.discard"), click -> confirmDiscard(draft.id()));
		discard.addClassName("haven-intake-discard");
		discard.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		Div row = new Div(new Div(step, started, saved), new HorizontalLayout(resume, discard));
		row.addClassName("haven-intake-draft");
		return row;
	}

	private void confirmDiscard(DraftId id) {
		confirmDiscard(this, () -> {
			this.intake.discard(id);
			refreshList();
		});
	}

	/** Asks before a draft, and with it everything typed into it, is deleted. */
	static void confirmDiscard(Component translator, Runnable discard) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("intake-discard-confirm");
		dialog.setHeader(translator.getTranslation("intake.discard.title"));
		dialog.setText(translator.getTranslation("intake.discard.text"));
		dialog.setCancelable(true);
		dialog.setCancelText(translator.getTranslation("action.cancel"));
		dialog.setConfirmText(translator.getTranslation("intake.discard.confirm"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(confirmed -> {
			discard.run();
			Notifications.success(translator.getTranslation("intake.discarded"));
		});
		dialog.open();
	}

	private void closeWizard() {
		if (this.wizard != null) {
			this.wizard.close();
			this.wizard = null;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation(this.wizard == null ? "intake.title" : "intake.wizard.title");
	}

}
