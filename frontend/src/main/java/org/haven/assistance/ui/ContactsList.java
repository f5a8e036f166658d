package org.haven.assistance.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.assistance.AfterCareCheck;
import org.haven.assistance.NewAfterCareCheck;
import org.haven.reference.ReferenceData;
import org.haven.ui.UserLocale;

/**
 * The contacts recorded with the person, newest first: follow-ups of the open case and
 * after-care checks after closure, each saying in words whether the person was reached,
 * how safe they were and whether it found a risk.
 */
class ContactsList extends VerticalLayout {

	private final Grid<AfterCareCheck> grid = new Grid<>();

	private final Paragraph none = new Paragraph();

	private final ReferenceData reference;

	ContactsList(ReferenceData reference) {
		this.reference = reference;
		setPadding(false);
		setId("case-contacts");
		this.grid.setId("case-contacts-list");
		this.grid.setAllRowsVisible(true);
		this.grid.addColumn(contact -> UserLocale.date(contact.check().checkedOn()))
			.setHeader(getTranslation("contact.column.on"))
			.setKey("on")
			.setAutoWidth(true);
		this.grid.addColumn(contact -> TaskLabels.of(this, contact.kind()))
			.setHeader(getTranslation("contact.column.kind"))
			.setKey("kind");
		this.grid.addColumn(this::reached).setHeader(getTranslation("contact.column.reached")).setKey("reached");
		this.grid.addColumn(contact -> TaskLabels.of(this, contact.check().safetyNow()))
			.setHeader(getTranslation("contact.column.safety"))
			.setKey("safety");
		this.grid.addColumn(contact -> getTranslation(contact.riskFound() ? "contact.risk.yes" : "contact.risk.no"))
			.setHeader(getTranslation("contact.column.risk"))
			.setKey("risk");
		this.grid.addColumn(this::stillNeeded)
			.setHeader(getTranslation("contact.column.services"))
			.setKey("services")
			.setFlexGrow(2);
		this.grid.addColumn(contact -> contact.check().notes() == null ? "" : contact.check().notes())
			.setHeader(getTranslation("contact.column.notes"))
			.setKey("notes")
			.setFlexGrow(3);
		this.grid.addColumn(contact -> contact.recordedBy() == null ? "" : contact.recordedBy())
			.setHeader(getTranslation("contact.column.by"))
			.setKey("by");
		this.none.setId("case-contacts-none");
		this.none.setText(getTranslation("contact.none"));
		add(new H3(getTranslation("contact.title")), this.grid, this.none);
	}

	void show(List<AfterCareCheck> contacts) {
		this.grid.setItems(contacts.reversed());
		this.grid.setVisible(!contacts.isEmpty());
		this.none.setVisible(contacts.isEmpty());
	}

	void clear() {
		this.grid.setItems(List.of());
	}

	private String reached(AfterCareCheck contact) {
		NewAfterCareCheck check = contact.check();
		if (!check.contactMade()) {
			return getTranslation("contact.not-reached");
		}
		return getTranslation("contact.reached", TaskLabels.of(this, check.channel()));
	}

	private String stillNeeded(AfterCareCheck contact) {
		return contact.check()
			.servicesStillNeeded()
			.stream()
			.map(code -> ServiceTypeLabels.of(this.reference, code))
			.collect(Collectors.joining(", "));
	}

}
