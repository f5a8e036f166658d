package org.haven.casefile.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.haven.casefile.BreakGlassRecord;
import org.haven.casefile.CaseSupervision;
import org.haven.shared.Roles;
import org.haven.ui.UserLocale;
import org.springframework.data.domain.PageRequest;

/**
 * Supervisors review here every time a caseworker opened a case not assigned to them:
 * who, which case, why, and whether the access is still running. The explanation stays
 * hidden until shown, one at a time, and each showing is recorded. A supervisor ends an
 * access that is no longer needed and marks each opening reviewed; never their own.
 * Newest first.
 */
@Route(BreakGlassOpeningsView.PATH)
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.break-glass", order = 21)
class BreakGlassOpeningsView extends VerticalLayout implements HasDynamicTitle {

	static final String PATH = "supervision/break-glass";

	final Grid<BreakGlassRecord> grid = new Grid<>();

	private final CaseSupervision supervision;

	private final Clock clock;

	BreakGlassOpeningsView(CaseSupervision supervision, Clock clock) {
		this.supervision = supervision;
		this.clock = clock;
		setId("break-glass-view");
		setSizeFull();
		this.grid.setId("break-glass-openings");
		this.grid.addColumn(opening -> opening.code().value())
			.setHeader(getTranslation("supervision.case-code"))
			.setKey("code")
			.setAutoWidth(true);
		this.grid.addColumn(BreakGlassRecord::caseworker)
			.setHeader(getTranslation("supervision.break-glass.caseworker"))
			.setKey("caseworker");
		this.grid.addColumn(opening -> CaseLabels.of(this, opening.reason()))
			.setHeader(getTranslation("supervision.break-glass.reason"))
			.setKey("reason");
		this.grid.addComponentColumn(this::explanation)
			.setHeader(getTranslation("supervision.break-glass.explanation"))
			.setKey("explanation");
		this.grid.addColumn(opening -> UserLocale.dateTime(opening.grantedAt()))
			.setHeader(getTranslation("supervision.break-glass.opened-at"))
			.setKey("openedAt");
		this.grid.addColumn(opening -> UserLocale.dateTime(opening.expiresAt()))
			.setHeader(getTranslation("supervision.break-glass.until"))
			.setKey("until");
		this.grid.addColumn(this::state).setHeader(getTranslation("supervision.break-glass.state")).setKey("state");
		this.grid.addColumn(this::review).setHeader(getTranslation("supervision.break-glass.review")).setKey("review");
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("supervision.break-glass.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.grid.setItems(
				page -> supervision.breakGlassOpenings(VaadinSpringDataHelpers.toSpringPageRequest(page)).stream(),
				page -> (int) supervision.breakGlassOpenings(PageRequest.ofSize(1)).getTotalElements());
		add(new H1(getTranslation("supervision.break-glass.title")),
				new Paragraph(getTranslation("supervision.break-glass.intro")), this.grid);
	}

	String state(BreakGlassRecord opening) {
		if (opening.endedAt() != null) {
			return getTranslation("supervision.break-glass.ended", opening.endedBy());
		}
		return getTranslation(opening.activeAt(this.clock.instant()) ? "supervision.break-glass.active"
				: "supervision.break-glass.expired");
	}

	String review(BreakGlassRecord opening) {
		return opening.reviewed() ? getTranslation("supervision.break-glass.reviewed", opening.reviewedBy()) : "";
	}

	/**
	 * Masked until shown; showing it is an audited read, and a refresh masks it again.
	 */
	private Component explanation(BreakGlassRecord opening) {
		if (!opening.explained()) {
			return new Span(getTranslation("supervision.break-glass.explanation.none"));
		}
		Button show = new Button(getTranslation("supervision.break-glass.explanation.show"));
		show.setId("show-explanation-" + opening.id());
		show.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
		Span text = new Span();
		text.setVisible(false);
		text.addClassName("haven-break-glass-explanation");
		show.addClickListener(click -> {
			text.setText(this.supervision.revealBreakGlassExplanation(opening.code(), opening.id()).text());
			text.setVisible(true);
			show.setVisible(false);
		});
		Span cell = new Span(show, text);
		return cell;
	}

	private Component actions(BreakGlassRecord opening) {
		Span actions = new Span();
		if (!opening.reviewed()) {
			Button review = new Button(getTranslation("supervision.break-glass.mark-reviewed"),
					click -> decide(() -> this.supervision.reviewBreakGlass(opening.code(), opening.id()),
							"supervision.break-glass.marked-reviewed"));
			review.setId("review-" + opening.id());
			review.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
			actions.add(review);
		}
		if (opening.activeAt(this.clock.instant())) {
			Button end = new Button(getTranslation("supervision.break-glass.end"), click -> confirmEnd(opening));
			end.setId("end-" + opening.id());
			end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
			actions.add(end);
		}
		return actions;
	}

	private void confirmEnd(BreakGlassRecord opening) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("end-break-glass");
		dialog.setHeader(getTranslation("supervision.break-glass.end.title", opening.code().value()));
		dialog.setText(getTranslation("supervision.break-glass.end.text", opening.caseworker()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation("supervision.break-glass.end"));
		dialog
			.addConfirmListener(confirmed -> decide(() -> this.supervision.endBreakGlass(opening.code(), opening.id()),
					"supervision.break-glass.ended-now"));
		dialog.open();
	}

	private void decide(Runnable decision, String doneMessageKey) {
		SupervisorDecisions.apply(this, decision, doneMessageKey, this.grid.getDataProvider()::refreshAll);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("supervision.break-glass.title");
	}

}
