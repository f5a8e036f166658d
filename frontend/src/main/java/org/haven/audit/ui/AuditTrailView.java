package org.haven.audit.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.haven.audit.Action;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Outcome;
import org.haven.shared.Roles;
import org.haven.ui.DatePickers;
import org.haven.ui.UserLocale;

/**
 * The trail, searched: by time, actor, action, subject and outcome, newest first, page by
 * page over any number of events. A click on an actor shows that user's activity; on a
 * subject, its access history. The result exports as CSV.
 */
@Route("audit")
@RolesAllowed(Roles.AUDITOR)
@Menu(title = "nav.audit", order = 60)
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final TextField actor = new TextField();

	final Select<Action> action = new Select<>();

	final TextField subject = new TextField();

	final Select<Outcome> outcome = new Select<>();

	final Button search = new Button();

	final Grid<AuditEvent> events = new Grid<>();

	final Anchor export;

	private final AuditWorkspace workspace;

	private volatile AuditQuery query = AuditQuery.everything();

	AuditTrailView(AuditWorkspace workspace) {
		this.workspace = workspace;
		setId("audit-trail-view");
		setSizeFull();
		DatePickers.inUserLanguage(this.from);
		DatePickers.inUserLanguage(this.to);
		this.from.setLabel(getTranslation("audit.from"));
		this.to.setLabel(getTranslation("audit.to"));
		this.actor.setLabel(getTranslation("audit.actor"));
		this.actor.setId("audit-actor");
		this.action.setLabel(getTranslation("audit.action"));
		this.action.setItems(Action.values());
		this.action.setEmptySelectionAllowed(true);
		this.action.setEmptySelectionCaption(getTranslation("audit.any"));
		this.action.setItemLabelGenerator(
				value -> value == null ? getTranslation("audit.any") : AuditTexts.action(this, value.name()));
		this.subject.setLabel(getTranslation("audit.subject"));
		this.subject.setId("audit-subject");
		this.action.setId("audit-action");
		this.subject.setHelperText(getTranslation("audit.subject.help"));
		this.outcome.setLabel(getTranslation("audit.outcome"));
		this.outcome.setItems(Outcome.values());
		this.outcome.setEmptySelectionAllowed(true);
		this.outcome.setEmptySelectionCaption(getTranslation("audit.any"));
		this.outcome.setItemLabelGenerator(
				value -> value == null ? getTranslation("audit.any") : AuditTexts.outcome(this, value));
		this.search.setText(getTranslation("audit.search"));
		this.search.setId("audit-search");
		this.search.addThemeVariants(ButtonVariant.PRIMARY);
		this.search.addClickListener(click -> search());
		DownloadHandler csv = download -> {
			download.setFileName("haven-audit-" + LocalDate.now() + ".csv");
			download.getResponse().setContentType("text/csv; charset=utf-8");
			exportTo(download.getOutputStream());
		};
		this.export = new Anchor(csv, getTranslation("audit.export.csv"));
		this.export.setId("audit-export");

		this.events.setId("audit-events");
		this.events.addColumn(AuditEvent::seq).setHeader(getTranslation("audit.seq")).setKey("seq").setAutoWidth(true);
		this.events.addColumn(event -> UserLocale.preciseDateTime(event.occurredAt()))
			.setHeader(getTranslation("audit.time"))
			.setKey("time")
			.setAutoWidth(true);
		this.events.addComponentColumn(event -> filterLink(event.actorUsername(), () -> {
			this.actor.setValue(event.actorUsername());
			search();
		})).setHeader(getTranslation("audit.actor")).setKey("actor");
		this.events.addColumn(event -> String.join(", ", event.actorRoles()))
			.setHeader(getTranslation("audit.roles"))
			.setKey("roles");
		this.events.addColumn(event -> AuditTexts.action(this, event.action()))
			.setHeader(getTranslation("audit.action"))
			.setKey("action");
		this.events.addComponentColumn(event -> filterLink(event.subjectId(), () -> {
			this.subject.setValue(event.subjectId());
			search();
		})).setHeader(getTranslation("audit.subject")).setKey("subject");
		this.events.addColumn(event -> String.join(", ", event.fields()))
			.setHeader(getTranslation("audit.fields"))
			.setKey("fields");
		this.events.addColumn(event -> AuditTexts.outcome(this, event.outcome()))
			.setHeader(getTranslation("audit.outcome"))
			.setKey("outcome");
		this.events.addColumn(AuditEvent::reason).setHeader(getTranslation("audit.reason")).setKey("reason");
		this.events.addColumn(AuditEvent::clientAddress).setHeader(getTranslation("audit.client")).setKey("client");

		add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")),
				new FormLayout(this.from, this.to, this.actor, this.action, this.subject, this.outcome),
				new HorizontalLayout(this.search, this.export), this.events);
		search();
	}

	void search() {
		ZoneId zone = ZoneId.systemDefault();
		LocalDate fromDay = this.from.getValue();
		LocalDate toDay = this.to.getValue();
		this.query = new AuditQuery(fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
				toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), this.actor.getValue(),
				this.action.getValue(), this.subject.getValue(), this.outcome.getValue());
		AuditQuery current = this.query;
		this.events.setItems(page -> this.workspace.search(current, page.getOffset(), page.getLimit()).stream());
	}

	AuditQuery currentQuery() {
		return this.query;
	}

	private Component filterLink(String value, Runnable filter) {
		if (value == null) {
			return new Span();
		}
		Button link = new Button(value, click -> filter.run());
		link.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		return link;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title");
	}

	/** The events found, as CSV under column headers in the auditor's language. */
	void exportTo(OutputStream target) {
		this.workspace.exportCsv(this.query, column -> getTranslation("audit.csv." + column), target);
	}

}
