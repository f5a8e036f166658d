package org.haven;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.haven.access.Role;
import org.haven.casefile.CaseFixtures;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A browserless test of Haven's views in the shared application context: the views run on
 * the server as in production, without a browser.
 */
@HavenIntegrationTest
@ViewPackages(packages = "org.haven")
public abstract class ViewTest extends SpringBrowserlessTest {

	/**
	 * Signs in as {@code username} with {@code roles}; the next navigation sees that
	 * user.
	 */
	protected void signInAs(String username, Role... roles) {
		this.signedIn = UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(roles).stream().map(Role::authority).toList());
		SecurityContextHolder.getContext().setAuthentication(this.signedIn);
	}

	private Authentication signedIn;

	/**
	 * Work the session still has queued when the test ends (a badge refreshed by a push
	 * from another node, say) runs as the session's user, as in production, where Vaadin
	 * finds the user in the session; only then is nobody signed in. Every view test is so
	 * signed out after each test: none needs its own.
	 */
	@AfterEach
	@Override
	protected void cleanVaadinEnvironment() {
		SecurityContextHolder.getContext().setAuthentication(this.signedIn);
		try {
			super.cleanVaadinEnvironment();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Signs out in the middle of a test; after each test the base class signs out. */
	protected void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Autowired
	CaseFixtures caseFixtures;

	/**
	 * The address a user would type for a route template: a real person's or case's page,
	 * or an intake draft, of the demo caseworker's, who took the person in and is
	 * therefore assigned.
	 */
	protected String addressOf(String route) {
		if (route.equals("cases/:code")) {
			return "cases/"
					+ this.caseFixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Route", "Test"))
						.value();
		}
		if (route.equals("intake/:___url_parameter?")) {
			return "intake/" + this.caseFixtures.draftOf(DemoAccounts.CASEWORKER, Identity.empty()).value();
		}
		if (!route.equals("persons/:___url_parameter")) {
			return route;
		}
		PersonCode code = this.caseFixtures.personTakenInBy(DemoAccounts.CASEWORKER,
				TestIdentities.named("Route", "Test"), Profile.notAskedYet());
		return "persons/" + code.value();
	}

	/** Navigates like a user typing the address, and returns the view that was shown. */
	protected Object open(String path) {
		UI.getCurrent().navigate(path);
		return getCurrentView();
	}

}
