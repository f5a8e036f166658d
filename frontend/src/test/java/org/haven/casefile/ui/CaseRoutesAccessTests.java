package org.haven.casefile.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.person.Identity;
import org.haven.person.TestIdentities;
import org.haven.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what on the screens of cases and persons: every such route, opened by every
 * role in every relation to the case at hand. A route of these screens without a row
 * fails the build. Where the table says no, the screen is the same "not found" as for a
 * missing case.
 */
class CaseRoutesAccessTests extends ViewTest {

	/**
	 * Who opens the route, and how they relate to the demo caseworker's case or draft.
	 */
	enum Caller {

		ASSIGNED_CASEWORKER(DemoAccounts.CASEWORKER, Role.CASEWORKER),
		UNASSIGNED_CASEWORKER(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER),
		BREAK_GLASS_CASEWORKER(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER),
		/** Took the person in, and was then replaced on the case by a supervisor. */
		FORMERLY_ASSIGNED_CASEWORKER(DemoAccounts.CASEWORKER, Role.CASEWORKER),
		SUPERVISOR(DemoAccounts.SUPERVISOR, Role.SUPERVISOR), AUDITOR(DemoAccounts.AUDITOR, Role.AUDITOR),
		ADMIN(DemoAccounts.ADMIN, Role.ADMIN);

		final String username;

		final Role role;

		Caller(String username, Role role) {
			this.username = username;
			this.role = role;
		}

	}

	static final boolean Y = true;

	static final boolean N = false;

	/**
	 * Whether each caller sees the screen, in the order of {@link Caller}: assigned,
	 * unassigned, by break-glass, formerly assigned, supervisor, auditor, admin. A draft
	 * is its caseworker's own: break-glass does not reach it, and it stays with its
	 * caseworker whoever works on their cases.
	 */
	static final Map<String, Row> WHO_SEES = Map.of("cases", row(fixture -> "cases", Y, Y, Y, Y, N, N, N),
			"cases/:code", row(fixture -> "cases/" + fixture.code().value(), Y, N, Y, N, N, N, N),
			"persons/:___url_parameter", row(fixture -> "persons/" + fixture.person(), Y, N, Y, N, N, N, N),
			"intake/:___url_parameter?", row(fixture -> "intake/" + fixture.draft(), Y, N, N, Y, N, N, N),
			"supervision/cases", row(fixture -> "supervision/cases", N, N, N, N, Y, N, N), "supervision/break-glass",
			row(fixture -> "supervision/break-glass", N, N, N, N, Y, N, N), "supervision/erasures",
			row(fixture -> "supervision/erasures", N, N, N, N, Y, N, N), "supervision/duplicates",
			row(fixture -> "supervision/duplicates", N, N, N, N, Y, N, N), "supervision/teams",
			row(fixture -> "supervision/teams", N, N, N, N, Y, N, N));

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Test
	void every_route_of_the_case_and_person_screens_has_a_row() {
		Set<String> routes = RouteConfiguration.forApplicationScope()
			.getAvailableRoutes()
			.stream()
			.filter(route -> route.getNavigationTarget().getPackageName().startsWith("org.haven.casefile")
					|| route.getNavigationTarget().getPackageName().startsWith("org.haven.person"))
			.map(RouteData::getTemplate)
			.collect(Collectors.toSet());
		assertThat(WHO_SEES.keySet()).as("rows of the table").isEqualTo(routes);
	}

	static Stream<Arguments> everyRouteForEveryCaller() {
		return WHO_SEES.keySet()
			.stream()
			.sorted()
			.flatMap(route -> Stream.of(Caller.values()).map(caller -> Arguments.of(route, caller)));
	}

	@ParameterizedTest(name = "{1} opens \"{0}\"")
	@MethodSource("everyRouteForEveryCaller")
	void each_caller_sees_exactly_what_the_table_allows(String route, Caller caller) {
		Fixture fixture = fixture(caller);
		String address = WHO_SEES.get(route).address().apply(fixture);
		signInAs(caller.username, caller.role);

		Object shown = open(address);

		Class<?> target = RouteConfiguration.forApplicationScope().getRoute(address).orElseThrow();
		if (WHO_SEES.get(route).sees().get(caller)) {
			assertThat(shown).as(caller + " on " + route).isInstanceOf(target);
		}
		else {
			assertThat(shown).as(caller + " on " + route).isInstanceOf(NotFoundView.class);
		}
	}

	private Fixture fixture(Caller caller) {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Route", "Matrix"));
		if (caller == Caller.BREAK_GLASS_CASEWORKER) {
			TestSecurity.as(DemoAccounts.SECOND_CASEWORKER, "CASEWORKER",
					() -> this.cases.breakGlass(code, BreakGlassReason.COVERING_ABSENCE, ""));
		}
		String person = TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER", () -> this.cases.open(code))
			.person()
			.value();
		if (caller == Caller.FORMERLY_ASSIGNED_CASEWORKER) {
			this.fixtures.reassign(code, DemoAccounts.SECOND_CASEWORKER);
		}
		String draft = this.fixtures.draftOf(DemoAccounts.CASEWORKER, Identity.empty()).value();
		return new Fixture(code, person, draft);
	}

	private static Row row(Function<Fixture, String> address, Boolean... sees) {
		Map<Caller, Boolean> byCaller = new EnumMap<>(Caller.class);
		for (Caller caller : Caller.values()) {
			byCaller.put(caller, sees[caller.ordinal()]);
		}
		return new Row(address, byCaller);
	}

	record Row(Function<Fixture, String> address, Map<Caller, Boolean> sees) {
	}

	record Fixture(CaseCode code, String person, String draft) {
	}

}
