package org.haven.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * The browser's language decides until the user signs in; from then on the language the
 * user chose last time, if any. Every page reads in its language's direction.
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
				this.signedInUser.preferredLanguage().ifPresent(language -> {
					session.setLocale(language);
					init.getUI().setLocale(language);
				});
			}
			init.getUI().setDirection(Languages.direction(init.getUI().getLocale()));
		});
	}

}
