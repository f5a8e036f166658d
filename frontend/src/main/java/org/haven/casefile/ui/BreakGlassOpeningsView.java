package org.haven.casefile.ui;

import java.time.Clock;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.access.Roles;
import org.haven.casefile.BreakGlassRecord;
import org.haven.casefile.CaseSupervision;

/**
 * Supervisors review here every time a caseworker opened a case not assigned to them:
 * who, which case, why, and whether the access is still running. Newest first.
 */
@Route("supervision/break-glass")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.break-glass", order = 21)
class BreakGlassOpeningsView extends VerticalLayout implements HasDynamicTitle {

	final Grid<BreakGlassRecord> grid = new Grid<>();

	private final Clock clock;

	BreakGlassOpeningsView(CaseSupervision supervision, Clock clock) {
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
		this.grid.addColumn(opening -> opening.explanation() == null ? "" : opening.explanation())
			.setHeader(getTranslation("supervision.break-glass.explanation"))
			.setKey("explanation");
		this.grid.addColumn(opening -> CaseLabels.time(opening.grantedAt()))
			.setHeader(getTranslation("supervision.break-glass.opened-at"))
			.setKey("openedAt");
		this.grid.addColumn(opening -> CaseLabels.time(opening.expiresAt()))
			.setHeader(getTranslation("supervision.break-glass.until"))
			.setKey("until");
		this.grid.addColumn(this::state).setHeader(getTranslation("supervision.break-glass.state")).setKey("state");
		this.grid.setItems(page -> supervision.breakGlassOpenings(page.getOffset(), page.getLimit()).stream(),
				page -> supervision.countBreakGlassOpenings());
		add(new H1(getTranslation("supervision.break-glass.title")),
				new Paragraph(getTranslation("supervision.break-glass.intro")), this.grid);
	}

	String state(BreakGlassRecord opening) {
		return getTranslation(opening.expiresAt().isAfter(this.clock.instant()) ? "supervision.break-glass.active"
				: "supervision.break-glass.expired");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("supervision.break-glass.title");
	}

}
