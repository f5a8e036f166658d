package org.haven.audit.ui;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.shared.Roles;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Highlight;
import org.haven.ui.UserLocale;

/** Unusual patterns to look into: leads for the auditor, never verdicts. */
@Route("audit/highlights")
@RolesAllowed(Roles.AUDITOR)
@Menu(title = "nav.audit-highlights", order = 62)
class AuditHighlightsView extends VerticalLayout implements HasDynamicTitle {

	final Select<Integer> days = new Select<>();

	final Grid<Highlight> highlights = new Grid<>();

	private final AuditWorkspace workspace;

	AuditHighlightsView(AuditWorkspace workspace) {
		this.workspace = workspace;
		setId("audit-highlights-view");
		this.days.setLabel(getTranslation("audit.highlights.period"));
		this.days.setItems(1, 7, 30, 90);
		this.days.setItemLabelGenerator(count -> getTranslation("audit.highlights.days", count));
		this.days.setValue(7);
		this.days.addValueChangeListener(change -> refresh());
		this.highlights.setId("highlights");
		this.highlights
			.addColumn(highlight -> getTranslation(
					"audit.pattern." + highlight.pattern().name().toLowerCase(Locale.ROOT).replace('_', '-')))
			.setHeader(getTranslation("audit.highlights.pattern"))
			.setKey("pattern");
		this.highlights.addColumn(Highlight::actor).setHeader(getTranslation("audit.actor")).setKey("actor");
		this.highlights.addColumn(highlight -> UserLocale.preciseDateTime(highlight.from()))
			.setHeader(getTranslation("audit.time"))
			.setKey("time");
		this.highlights.addColumn(Highlight::count).setHeader(getTranslation("audit.highlights.count")).setKey("count");
		add(new H1(getTranslation("audit.highlights.title")), new Paragraph(getTranslation("audit.highlights.intro")),
				this.days, this.highlights);
		refresh();
	}

	void refresh() {
		this.highlights.setItems(this.workspace.highlights(Duration.ofDays(this.days.getValue())));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.highlights.title");
	}

}
