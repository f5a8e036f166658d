package org.haven.person.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.access.Roles;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.shared.InvalidInputException;

/**
 * Finds persons by what the caseworker knows of them. The results show codes and profiles
 * only; a person's identity is revealed on their page, and only there.
 */
@Route("persons")
@RolesAllowed(Roles.CASEWORKER)
@Menu(title = "nav.persons", order = 10)
class PersonsView extends VerticalLayout implements HasDynamicTitle {

	final TextField code = new TextField();

	final TextField name = new TextField();

	final DatePicker dateOfBirth = new DatePicker();

	final TextField phone = new TextField();

	final TextField documentNumber = new TextField();

	final Button search = new Button();

	final Button register = new Button();

	final Grid<PersonSummary> results = new Grid<>();

	private final PersonService persons;

	PersonsView(PersonService persons) {
		this.persons = persons;
		setId("persons-view");
		this.code.setLabel(getTranslation("person.code"));
		this.code.setId("search-code");
		this.name.setLabel(getTranslation("person.search.name"));
		this.name.setId("search-name");
		this.dateOfBirth.setLabel(getTranslation("person.date-of-birth"));
		this.dateOfBirth.setId("search-date-of-birth");
		this.dateOfBirth.setLocale(getLocale());
		this.dateOfBirth.setI18n(Dates.datePickerTexts(this));
		this.phone.setLabel(getTranslation("person.phone"));
		this.phone.setId("search-phone");
		this.documentNumber.setLabel(getTranslation("person.document-number"));
		this.documentNumber.setId("search-document-number");
		this.search.setText(getTranslation("person.search"));
		this.search.setId("search");
		this.search.addThemeVariants(ButtonVariant.PRIMARY);
		this.search.addClickListener(click -> search());
		this.register.setText(getTranslation("person.register"));
		this.register.setId("register-person");
		this.register.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RegisterPersonView.class)));

		this.results.setId("search-results");
		this.results.addColumn(summary -> summary.code().value())
			.setHeader(getTranslation("person.code"))
			.setKey("code");
		this.results.addColumn(summary -> Labels.of(this, summary.profile().gender()))
			.setHeader(getTranslation("person.gender"))
			.setKey("gender");
		this.results.addColumn(summary -> Labels.of(this, summary.profile().ageBand()))
			.setHeader(getTranslation("person.age-band"))
			.setKey("ageBand");
		this.results.addColumn(summary -> Labels.country(this, summary.profile().nationality()))
			.setHeader(getTranslation("person.nationality"))
			.setKey("nationality");
		this.results.addColumn(summary -> Dates.format(this, summary.registeredAt()))
			.setHeader(getTranslation("person.registered"))
			.setKey("registered");
		this.results.addItemClickListener(click -> open(click.getItem().code()));
		this.results.setVisible(false);

		FormLayout criteria = new FormLayout(this.code, this.name, this.dateOfBirth, this.phone, this.documentNumber);
		add(new H1(getTranslation("person.search.title")), new Paragraph(getTranslation("person.search.intro")),
				criteria, new HorizontalLayout(this.search, this.register), this.results);
	}

	void search() {
		if (!this.code.getValue().isBlank()) {
			PersonCode.parse(this.code.getValue())
				.ifPresentOrElse(this::open, () -> error(getTranslation("person.code.invalid")));
			return;
		}
		try {
			List<PersonSummary> found = this.persons.search(new IdentitySearch(this.name.getValue(),
					this.dateOfBirth.getValue(), this.phone.getValue(), this.documentNumber.getValue()));
			this.results.setItems(found);
			this.results.setVisible(true);
			if (found.isEmpty()) {
				Notification.show(getTranslation("person.search.nothing"));
			}
		}
		catch (InvalidInputException refused) {
			error(getTranslation("person.search.empty"));
		}
	}

	private void open(PersonCode code) {
		getUI().ifPresent(ui -> ui.navigate(PersonView.class, code.value()));
	}

	private static void error(String message) {
		Notification.show(message).addThemeVariants(NotificationVariant.ERROR);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("person.search.title");
	}

}
