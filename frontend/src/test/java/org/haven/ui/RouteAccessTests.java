package org.haven.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route against every role: the table says who may open what. Refusal is enforced
 * on the server, for an address typed by hand as much as for a menu click. A route
 * without a row here fails the build.
 */
public class RouteAccessTests extends ViewTest {

	static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

	public static final String PERSON_PAGE = "persons/:___url_parameter";

	/** The intake: the caseworker's drafts without a parameter, one draft with it. */
	public static final String INTAKE = "intake/:___url_parameter?";

	// @formatter:off
	public static final Map<String, Set<Role>> WHO_MAY_OPEN = Map.ofEntries(
			Map.entry("", EVERY_ROLE),
			Map.entry("login", EVERY_ROLE),
			Map.entry("signin-refused", EVERY_ROLE),
			Map.entry("account/password", EVERY_ROLE),
			Map.entry("admin/users", Set.of(Role.ADMIN)),
			Map.entry("admin/organisation", Set.of(Role.ADMIN)),
			Map.entry("admin/keys", Set.of(Role.ADMIN)),
			Map.entry("admin/reference-lists", Set.of(Role.ADMIN)),
			Map.entry("admin/instruments", Set.of(Role.ADMIN)),
			Map.entry("partners", Set.of(Role.ADMIN, Role.CASEWORKER)),
			Map.entry("referrals/incoming", Set.of(Role.CASEWORKER)),
			Map.entry(PERSON_PAGE, Set.of(Role.CASEWORKER)),
			Map.entry("cases", Set.of(Role.CASEWORKER)),
			Map.entry("cases/:code", Set.of(Role.CASEWORKER)),
			Map.entry(INTAKE, Set.of(Role.CASEWORKER)),
			Map.entry("audit", Set.of(Role.AUDITOR)),
			Map.entry("audit/integrity", Set.of(Role.AUDITOR)),
			Map.entry("audit/highlights", Set.of(Role.AUDITOR)),
			Map.entry("supervision/cases", Set.of(Role.SUPERVISOR)),
			Map.entry("supervision/break-glass", Set.of(Role.SUPERVISOR)),
			Map.entry("supervision/erasures", Set.of(Role.SUPERVISOR)),
			Map.entry("supervision/duplicates", Set.of(Role.SUPERVISOR)),
			Map.entry("supervision/teams", Set.of(Role.SUPERVISOR)),
			Map.entry("supervision/consent-overrides", Set.of(Role.SUPERVISOR)),
			Map.entry("reports", Set.of(Role.SUPERVISOR)));
	// @formatter:on

	public static final Map<Role, String> ACCOUNT_OF = Map.of(Role.CASEWORKER, DemoAccounts.CASEWORKER, Role.SUPERVISOR,
			DemoAccounts.SUPERVISOR, Role.AUDITOR, DemoAccounts.AUDITOR, Role.ADMIN, DemoAccounts.ADMIN);

	@Test
	void every_route_has_a_row_in_the_access_table() {
		Set<String> routes = RouteConfiguration.forApplicationScope()
			.getAvailableRoutes()
			.stream()
			.map(RouteData::getTemplate)
			.collect(Collectors.toSet());
		assertThat(WHO_MAY_OPEN.keySet()).as("rows of the access table").isEqualTo(routes);
	}

	static Stream<Arguments> everyRouteForEveryRole() {
		return WHO_MAY_OPEN.keySet()
			.stream()
			.sorted()
			.flatMap(route -> EVERY_ROLE.stream().map(role -> Arguments.of(route, role)));
	}

	@ParameterizedTest(name = "{1} opens \"{0}\"")
	@MethodSource("everyRouteForEveryRole")
	void a_role_opens_exactly_the_routes_the_table_allows(String route, Role role) {
		String address = addressOf(route);
		signInAs(ACCOUNT_OF.get(role), role);
		Object shown = open(address);
		Class<?> target = RouteConfiguration.forApplicationScope().getRoute(address).orElseThrow();

		if (WHO_MAY_OPEN.get(route).contains(role)) {
			assertThat(shown).isInstanceOf(target);
		}
		else {
			assertThat(shown).isInstanceOf(NotFoundView.class);
		}
	}

	@ParameterizedTest(name = "an anonymous visitor opens \"{0}\"")
	@MethodSource("protectedRoutes")
	void an_anonymous_visitor_is_sent_to_the_sign_in(String route) {
		String address = addressOf(route);
		signOut();
		assertThat(open(address).getClass().getSimpleName()).isEqualTo("LoginView");
	}

	/** Every route but the two that whoever is signed out must reach. */
	static Stream<String> protectedRoutes() {
		return WHO_MAY_OPEN.keySet()
			.stream()
			.filter(route -> !route.equals("login") && !route.equals("signin-refused"));
	}

}
