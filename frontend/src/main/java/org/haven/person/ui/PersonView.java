package org.haven.person.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.shared.Roles;
import org.haven.person.PersonCode;
import org.haven.person.PersonErasedException;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.RecordDamagedException;
import org.haven.ui.Notifications;
import org.haven.ui.RecordLookup;

/**
 * A person's page. The profile shows; the identity stays masked until the caseworker
 * reveals it, and is masked again by leaving the page or pressing Hide. A caseworker who
 * reads the record by break-glass changes nothing here, and the page says so. Erasure is
 * asked for on the case page and decided by a supervisor, never here.
 */
@Route("persons")
@RolesAllowed(Roles.CASEWORKER)
class PersonView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	final ProfileForm profile = new ProfileForm();

	final Button saveProfile = new Button();

	final IdentityForm identity = new IdentityForm();

	final Paragraph masked = new Paragraph();

	final Button reveal = new Button();

	final Button hide = new Button();

	final Button saveIdentity = new Button();

	final Paragraph readOnly = new Paragraph();

	final Paragraph erasure = new Paragraph();

	private final PersonService persons;

	private final H1 title = new H1();

	private PersonSummary summary;

	private boolean changeable;

	PersonView(PersonService persons) {
		this.persons = persons;
		setId("person-view");
		this.saveProfile.setText(getTranslation("person.profile.save"));
		this.saveProfile.setId("save-profile");
		this.saveProfile.addClickListener(click -> saveProfile());
		this.masked.setText(getTranslation("person.identity.masked"));
		this.masked.setId("identity-masked");
		this.reveal.setText(getTranslation("person.identity.reveal"));
		this.reveal.setId("reveal-identity");
		this.reveal.addThemeVariants(ButtonVariant.PRIMARY);
		this.reveal.addClickListener(click -> reveal());
		this.hide.setText(getTranslation("person.identity.hide"));
		this.hide.setId("hide-identity");
		this.hide.addClickListener(click -> hide());
		this.saveIdentity.setText(getTranslation("person.identity.save"));
		this.saveIdentity.setId("save-identity");
		this.saveIdentity.addClickListener(click -> saveIdentity());
		this.readOnly.setText(getTranslation("person.read-only.notice"));
		this.readOnly.setId("person-read-only");
		this.readOnly.addClassName("haven-warning");
		this.erasure.setText(getTranslation("person.erase.where"));
		this.erasure.setId("person-erasure");
		add(this.title, this.readOnly, new H2(getTranslation("person.profile")), this.profile, this.saveProfile,
				new H2(getTranslation("person.identity")), this.masked, this.identity,
				new HorizontalLayout(this.reveal, this.hide, this.saveIdentity), this.erasure);
		hide();
	}

	@Override
	public void setParameter(BeforeEvent event, String code) {
		PersonCode personCode = PersonCode.parse(code).orElseThrow(NotFoundException::new);
		this.summary = RecordLookup.orNotFound(() -> this.persons.summary(personCode));
		this.changeable = RecordLookup.orNotFound(() -> this.persons.mayChange(personCode));
		show(this.summary);
	}

	private void show(PersonSummary current) {
		this.summary = current;
		this.title.setText(getTranslation("person.title", current.code().value()));
		this.profile.setValue(current.profile());
		boolean erased = current.erased();
		this.readOnly.setVisible(!this.changeable);
		this.profile.setEnabled(!erased && this.changeable);
		this.saveProfile.setVisible(this.changeable);
		this.saveProfile.setEnabled(!erased);
		this.reveal.setEnabled(!erased);
		this.erasure.setVisible(!erased && this.changeable);
		if (erased) {
			this.masked.setText(getTranslation("person.identity.erased"));
		}
	}

	void reveal() {
		try {
			this.identity.setValue(this.persons.revealIdentity(this.summary.code()));
		}
		catch (PersonErasedException erased) {
			reload();
			return;
		}
		catch (RecordDamagedException damaged) {
			this.masked.setText(getTranslation("integrity.identity"));
			this.masked.addClassName("haven-warning");
			return;
		}
		this.identity.setVisible(true);
		this.identity.setEnabled(this.changeable);
		this.masked.setVisible(false);
		this.reveal.setVisible(false);
		this.hide.setVisible(true);
		this.saveIdentity.setVisible(this.changeable);
	}

	void hide() {
		if (this.summary == null || !this.summary.erased()) {
			this.masked.setText(getTranslation("person.identity.masked"));
		}
		this.masked.removeClassName("haven-warning");
		this.identity.clear();
		this.identity.setVisible(false);
		this.masked.setVisible(true);
		this.reveal.setVisible(true);
		this.hide.setVisible(false);
		this.saveIdentity.setVisible(false);
	}

	private void saveIdentity() {
		this.identity.problems().clear();
		if (this.identity.hasDateTheUserCouldNotEnter()) {
			return;
		}
		try {
			show(this.persons.changeIdentity(this.summary.code(), this.summary.version(), this.identity.value()));
			Notifications.success(getTranslation("person.saved"));
		}
		catch (InvalidInputException refused) {
			this.identity.problems().show(refused).forEach(Notifications::error);
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("person.conflict"));
		}
	}

	private void saveProfile() {
		this.profile.problems().clear();
		try {
			show(this.persons.changeProfile(this.summary.code(), this.summary.version(), this.profile.value()));
			Notifications.success(getTranslation("person.saved"));
		}
		catch (InvalidInputException refused) {
			this.profile.problems().show(refused).forEach(Notifications::error);
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("person.conflict"));
		}
	}

	private void reload() {
		hide();
		show(this.persons.summary(this.summary.code()));
	}

	@Override
	public String getPageTitle() {
		return this.summary == null ? getTranslation("person.identity")
				: getTranslation("person.title", this.summary.code().value());
	}

}
