package org.haven.casefile.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.PossibleDuplicateRecord;
import org.haven.shared.Roles;
import org.haven.ui.UserLocale;

/**
 * Supervisors follow up here the duplicate checks that matched persons outside the
 * caseworker's own cases: the caseworker learnt only that there is a match, the
 * supervisor sees which cases (by code, never who) and assigns the caseworker if it is
 * the same person. Also a place to notice someone checking far too often.
 */
@Route(PossibleDuplicatesView.PATH)
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.possible-duplicates", order = 23)
class PossibleDuplicatesView extends VerticalLayout implements HasDynamicTitle {

	static final String PATH = "supervision/duplicates";

	final Grid<PossibleDuplicateRecord> grid = new Grid<>();

	private final CaseSupervision supervision;

	PossibleDuplicatesView(CaseSupervision supervision) {
		this.supervision = supervision;
		setId("possible-duplicates-view");
		setSizeFull();
		this.grid.setId("possible-duplicates");
		this.grid.addColumn(PossibleDuplicateRecord::caseworker)
			.setHeader(getTranslation("supervision.duplicates.caseworker"))
			.setKey("caseworker");
		this.grid
			.addColumn(followUp -> followUp.cases().stream().map(CaseCode::value).collect(Collectors.joining(", ")))
			.setHeader(getTranslation("supervision.duplicates.cases"))
			.setKey("cases")
			.setAutoWidth(true);
		this.grid.addColumn(followUp -> UserLocale.dateTime(followUp.firstSeenAt()))
			.setHeader(getTranslation("supervision.duplicates.first-seen"))
			.setKey("firstSeen");
		this.grid.addColumn(followUp -> UserLocale.dateTime(followUp.lastSeenAt()))
			.setHeader(getTranslation("supervision.duplicates.last-seen"))
			.setKey("lastSeen");
		this.grid.addColumn(PossibleDuplicateRecord::times)
			.setHeader(getTranslation("supervision.duplicates.times"))
			.setKey("times");
		this.grid.addComponentColumn(this::done)
			.setHeader(getTranslation("supervision.duplicates.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.grid.setItems(
				page -> supervision.possibleDuplicates(VaadinSpringDataHelpers.toSpringPageRequest(page)).stream(),
				page -> supervision.countPossibleDuplicates());
		add(new H1(getTranslation("supervision.duplicates.title")),
				new Paragraph(getTranslation("supervision.duplicates.intro")), this.grid);
	}

	private Component done(PossibleDuplicateRecord followUp) {
		Button done = new Button(getTranslation("supervision.duplicates.done"), click -> close(followUp));
		done.setId("close-duplicate-" + followUp.id());
		done.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
		return done;
	}

	private void close(PossibleDuplicateRecord followUp) {
		SupervisorDecisions.apply(this, () -> this.supervision.closePossibleDuplicate(followUp.id()),
				"supervision.duplicates.closed", this.grid.getDataProvider()::refreshAll);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("supervision.duplicates.title");
	}

}
