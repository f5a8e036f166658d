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
 * The local sign-in. Whatever went wrong (unknown user, wrong password, too many
 * attempts, disabled account) the message is the same, so that the form tells nobody
 * which accounts exist. A form refused before any password was looked at (no valid CSRF
 * token, or sent from another site) asks to sign in again.
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
		this.form.setI18n(translatedTexts(false));

		Div languageRow = new Div(LanguageSwitch.beforeSignIn());
		languageRow.addClassName("haven-login-language");
		Paragraph forgotten = new Paragraph(getTranslation("login.forgotten"));
		forgotten.addClassName("haven-login-hint");
		add(languageRow, this.form, forgotten);
	}

	/**
	 * The error texts: the one message for every failed sign-in, or, after a form that
	 * came without a valid token or from another site, a request to sign in again.
	 */
	private LoginI18n translatedTexts(boolean refusedForm) {
		LoginI18n texts = LoginI18n.createDefault();
		LoginI18n.Form formTexts = texts.getForm();
		formTexts.setTitle(getTranslation("login.title"));
		formTexts.setUsername(getTranslation("login.username"));
		formTexts.setPassword(getTranslation("login.password"));
		formTexts.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage error = texts.getErrorMessage();
		error.setTitle(getTranslation(refusedForm ? "login.form-refused.title" : "login.failed.title"));
		error.setMessage(getTranslation(refusedForm ? "login.form-refused.text" : "login.failed.text"));
		error.setUsername(getTranslation("login.username.required"));
		error.setPassword(getTranslation("login.password.required"));
		return texts;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		boolean refusedForm = parameters.containsKey(SignInFormProtection.REFUSED_FORM);
		this.form.setI18n(translatedTexts(refusedForm));
		this.form.setError(refusedForm || parameters.containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.name");
	}

}
