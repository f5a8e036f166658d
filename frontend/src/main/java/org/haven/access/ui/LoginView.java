package org.haven.access.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.haven.ui.LanguageSwitch;

/**
 * The local sign-in. Whatever went wrong (unknown user, wrong password, locked or
 * disabled account) the message is the same, so that the form tells nobody which accounts
 * exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	LoginView() {
		setId("login-view");
		addClassName("haven-login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);

		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(translatedTexts());

		Div languageRow = new Div(new LanguageSwitch(language -> {
		}));
		languageRow.addClassName("haven-login-language");
		Paragraph forgotten = new Paragraph(getTranslation("login.forgotten"));
		forgotten.addClassName("haven-login-hint");
		add(languageRow, this.form, forgotten);
	}

	private LoginI18n translatedTexts() {
		LoginI18n texts = LoginI18n.createDefault();
		LoginI18n.Form formTexts = texts.getForm();
		formTexts.setTitle(getTranslation("login.title"));
		formTexts.setUsername(getTranslation("login.username"));
		formTexts.setPassword(getTranslation("login.password"));
		formTexts.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage error = texts.getErrorMessage();
		error.setTitle(getTranslation("login.failed.title"));
		error.setMessage(getTranslation("login.failed.text"));
		error.setUsername(getTranslation("login.username.required"));
		error.setPassword(getTranslation("login.password.required"));
		return texts;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
		this.form.setError(failed);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.name");
	}

}
