package org.haven.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * The browser's language decides until the user signs in, unless the user chose one on
 * the sign-in page: that choice is then remembered for them. Otherwise, once signed in,
 * the language the user chose last time, if any. Every page reads in its language's
 * direction.
 */
@Component
class LanguageOnSignIn implements VaadinServiceInitListener {

	private static final String APPLIED = LanguageOnSignIn.class.getName() + ".applied";

	private final AuthenticationContext authentication;

	private final SignedInUser signedInUser;

	LanguageOnSignIn(AuthenticationContext authentication, SignedInUser signedInUser) {
		this.authentication = authentication;
		this.signedInUser = signedInUser;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			VaadinSession session = init.getUI().getSession();
			if (this.authentication.isAuthenticated() && session.getAttribute(APPLIED) == null) {
				session.setAttribute(APPLIED, Boolean.TRUE);
				Object chosen = session.getAttribute(LanguageSwitch.CHOSEN_BEFORE_SIGN_IN);
				session.setAttribute(LanguageSwitch.CHOSEN_BEFORE_SIGN_IN, null);
				Optional<Locale> language;
				if (chosen instanceof Locale choice) {
					this.signedInUser.rememberLanguage(choice);
					language = Optional.of(choice);
				}
				else {
					language = this.signedInUser.preferredLanguage();
				}
				language.ifPresent(applied -> {
					session.setLocale(applied);
					init.getUI().setLocale(applied);
				});
			}
			Languages.applyTo(init.getUI(), init.getUI().getLocale());
		});
	}

}
