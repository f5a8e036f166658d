package org.haven.access.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With Keycloak, Haven has no sign-in form and no password to change: those screens are
 * taken out.
 */
@Component
@Profile("keycloak")
class KeycloakRoutes implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		RouteConfiguration routes = RouteConfiguration
			.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
		routes.removeRoute(LoginView.class);
		routes.removeRoute(ChangePasswordView.class);
	}

}
