package org.haven.person.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.access.Roles;
import org.haven.person.DuplicateCandidate;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.shared.InvalidInputException;

/**
 * Registers a person. Before a new record is created, Haven looks for persons already
 * registered with the same name and birth year, phone or document number, and lets the
 * caseworker decide.
 */
@Route("persons/new")
@RolesAllowed(Roles.CASEWORKER)
class RegisterPersonView extends VerticalLayout implements HasDynamicTitle {

	final IdentityForm identity = new IdentityForm();

	final ProfileForm profile = new ProfileForm();

	final Button save = new Button();

	private final PersonService persons;

	RegisterPersonView(PersonService persons) {
		this.persons = persons;
		setId("register-person-view");
		this.save.setText(getTranslation("person.register.save"));
		this.save.setId("save-person");
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> checkForDuplicatesThenRegister());
		add(new H1(getTranslation("person.register.title")), new Paragraph(getTranslation("person.register.intro")),
				new H2(getTranslation("person.identity")), this.identity, new H2(getTranslation("person.profile")),
				this.profile, this.save);
	}

	void checkForDuplicatesThenRegister() {
		problems().clear();
		if (this.identity.hasDateTheUserCouldNotEnter()) {
			return;
		}
		List<DuplicateCandidate> duplicates;
		try {
			duplicates = this.persons.findLikelyDuplicates(this.identity.value());
		}
		catch (InvalidInputException refused) {
			showProblems(refused);
			return;
		}
		if (duplicates.isEmpty()) {
			register();
			return;
		}
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("possible-duplicates");
		dialog.setHeader(getTranslation("person.duplicates.title"));
		dialog.setText(getTranslation("person.duplicates.text",
				duplicates.stream()
					.map(candidate -> candidate.code().value() + " ("
							+ candidate.matchedOn()
								.stream()
								.map(match -> Labels.of(this, match))
								.collect(Collectors.joining(", "))
							+ ")")
					.collect(Collectors.joining("; "))));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("person.duplicates.go-back"));
		dialog.setConfirmText(getTranslation("person.duplicates.register-anyway"));
		dialog.addConfirmListener(confirmed -> register());
		dialog.open();
	}

	private void register() {
		PersonCode code;
		try {
			code = this.persons.register(this.identity.value(), this.profile.value());
		}
		catch (InvalidInputException refused) {
			showProblems(refused);
			return;
		}
		this.identity.clear();
		Notification.show(getTranslation("person.register.done", code.value()))
			.addThemeVariants(NotificationVariant.SUCCESS);
		getUI().ifPresent(ui -> ui.navigate(PersonView.class, code.value()));
	}

	private void showProblems(InvalidInputException refused) {
		problems().show(refused)
			.forEach(message -> Notification.show(message).addThemeVariants(NotificationVariant.ERROR));
	}

	private org.haven.ui.InputProblems problems() {
		return this.identity.problems().include(this.profile.problems());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("person.register.title");
	}

}
