package org.haven.access.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.haven.access.UserAccountService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A user whose password was set by an administrator goes nowhere but the password change
 * until they have chosen their own.
 */
@Component
@Profile("!keycloak")
class PasswordChangeEnforcer implements VaadinServiceInitListener {

	private final AuthenticationContext authentication;

	private final UserAccountService accounts;

	PasswordChangeEnforcer(AuthenticationContext authentication, UserAccountService accounts) {
		this.authentication = authentication;
		this.accounts = accounts;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
			Class<?> target = enter.getNavigationTarget();
			if (target == ChangePasswordView.class || target == LoginView.class
					|| !this.authentication.isAuthenticated()) {
				return;
			}
			if (this.accounts.signedInUserMustChangePassword()) {
				enter.forwardTo(ChangePasswordView.class);
			}
		}));
	}

}
