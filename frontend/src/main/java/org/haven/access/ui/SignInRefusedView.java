package org.haven.access.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.haven.access.SignInRefusedException;
import org.haven.ui.LanguageSwitch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a sign-in ends when Haven refuses someone who has proven who they are (through
 * Keycloak, or with the right password): why, in their language, and how to go on. The
 * reason is a code in the address, never anything about the person.
 */
@Route(value = SignInRefusedView.ROUTE, autoLayout = false)
@AnonymousAllowed
class SignInRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = "signin-refused";

	/** Any failure that is not one of Haven's refusals, such as an expired sign-in. */
	static final String FAILED = "failed";

	private final Paragraph explanation = new Paragraph();

	SignInRefusedView(SignInMode signInMode, ObjectProvider<ClientRegistrationRepository> registrations) {
		setId("signin-refused-view");
		addClassName("haven-login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		this.explanation.setId("signin-refused-reason");
		boolean keycloak = signInMode == SignInMode.KEYCLOAK;
		Anchor again = new Anchor(keycloak ? KeycloakSecurityConfiguration.SIGN_IN : SignInFormProtection.SIGN_IN_PATH,
				getTranslation("signin.refused.again"));
		again.setId("sign-in-again");
		again.setRouterIgnore(true);
		Div languageRow = new Div(new LanguageSwitch(language -> {
		}));
		languageRow.addClassName("haven-login-language");
		add(languageRow, new H1(getTranslation("signin.refused.title")), this.explanation, again);
		if (keycloak) {
			Anchor someoneElse = new Anchor(signOutOfKeycloak(registrations.getObject()),
					getTranslation("signin.refused.other-user"));
			someoneElse.setId("sign-in-as-someone-else");
			someoneElse.setRouterIgnore(true);
			add(someoneElse);
		}
	}

	/**
	 * Keycloak's end-session address for this client: without an ID token Keycloak asks
	 * the person to confirm, then sends them back to Haven's front page.
	 */
	private static String signOutOfKeycloak(ClientRegistrationRepository registrations) {
		ClientRegistration keycloak = registrations.findByRegistrationId(KeycloakSecurityConfiguration.REGISTRATION);
		Object endSession = keycloak.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
		if (endSession == null) {
			return KeycloakSecurityConfiguration.SIGN_IN;
		}
		return UriComponentsBuilder.fromUriString(endSession.toString())
			.queryParam("client_id", keycloak.getClientId())
			.toUriString();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of());
		String reason = given.isEmpty() ? FAILED : given.getFirst();
		String key = Arrays.stream(SignInRefusedException.Reason.values())
			.filter(known -> known.code().equals(reason))
			.map(SignInRefusedException.Reason::messageKey)
			.findFirst()
			.orElse("signin.refused.failed");
		this.explanation.setText(getTranslation(key));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("signin.refused.title") + " · " + getTranslation("app.name");
	}

}
