package org.haven.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeService;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.haven.referral.IncomingReferralId;
import org.haven.referral.IncomingReferrals;
import org.haven.referral.Referral;
import org.haven.referral.ReferralExchange;
import org.haven.referral.ReferralFixtures;
import org.haven.referral.Referrals;
import org.haven.person.TestIdentities;
import org.haven.shared.AuditUnavailableException;
import org.haven.shared.IdentityData;
import org.haven.shared.PseudonymousId;
import org.haven.shared.RevealsIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every service method that returns identity is marked, and every marked method, called
 * by a user who may, leaves exactly one event naming the subject and the fields, and
 * called by one who may not, a denied event and no data.
 */
@IntegrationTest
class IdentityReadAuditTests {

	@Autowired
	PersonService persons;

	@Autowired
	CaseService cases;

	@Autowired
	IntakeService intake;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralFixtures referralFixtures;

	@Autowired
	IncomingReferrals incoming;

	@Autowired
	ReferralExchange exchange;

	@Autowired
	JdbcTemplate jdbc;

	JdbcTemplate owner;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.owner = new JdbcTemplate(ownerDataSource);
	}

	/**
	 * How to call each identity-revealing method: a method without a row fails the test.
	 */
	Map<String, Call> callers(PersonCode code) {
		CaseCode caseCode = this.fixtures.takenInBy("carol", TestIdentities.named("Ngozi", "Eze"));
		UUID note = this.fixtures.noteBy("carol", caseCode, "A note", true);
		DraftId draft = this.fixtures.draftOf("carol", TestIdentities.named("Ife", "Obi"));
		TestSecurity.as("chen", "CASEWORKER",
				() -> this.cases.breakGlass(caseCode, BreakGlassReason.OTHER, "Came in at night"));
		UUID grant = this.fixtures.openingOf(caseCode).id();
		CaseCode referred = this.fixtures.takenInBy("carol", TestIdentities.named("Amaka", "Obi"));
		Referral sent = this.referralFixtures.sentOn(referred);
		CaseCode drafting = this.fixtures.takenInBy("carol", TestIdentities.named("Chioma", "Obi"));
		Referral drafted = this.referralFixtures.draftOn(drafting);
		CaseCode toUs = this.fixtures.takenInBy("carol", TestIdentities.named("Ifeoma", "Obi"));
		Referral sentToUs = this.referralFixtures.sentToHavenOn(toUs);
		IncomingReferralId received = new IncomingReferralId(TestSecurity.as("carol", "CASEWORKER",
				() -> this.incoming.importFile(this.exchange.referralFile(toUs, sentToUs.id())).incoming()));
		return Map.ofEntries(
				Map.entry("PersonService.revealIdentity",
						caseworker(code, List.of("givenNames", "familyNames", "dateOfBirth"),
								() -> this.persons.revealIdentity(code))),
				Map.entry("CaseService.revealIdentity",
						caseworker(caseCode, List.of("givenNames", "familyNames", "dateOfBirth"),
								() -> this.cases.revealIdentity(caseCode))),
				Map.entry("CaseService.notes",
						caseworker(caseCode, List.of("notes"), () -> this.cases.notes(caseCode))),
				Map.entry("CaseService.revealNote",
						caseworker(caseCode, List.of("note"), () -> this.cases.revealNote(caseCode, note))),
				Map.entry("IntakeService.open",
						caseworker(draft, List.of("draft identity"), () -> this.intake.open(draft))),
				Map.entry("CaseSupervision.revealBreakGlassExplanation",
						new Call("sam", "SUPERVISOR", caseCode, List.of("break-glass explanation"),
								() -> this.supervision.revealBreakGlassExplanation(caseCode, grant))),
				Map.entry("CaseService.noteDraft",
						caseworker(caseCode, List.of("note draft"), () -> this.cases.noteDraft(caseCode))),
				Map.entry("Referrals.preview",
						caseworker(drafting, List.of("caseCode", "situation:exploitationForms"),
								() -> this.referrals.preview(drafting, drafted.id()))),
				Map.entry("Referrals.sentPackage",
						caseworker(referred, List.of("referral package"),
								() -> this.referrals.sentPackage(referred, sent.id()))),
				Map.entry("IncomingReferrals.incomingPackage",
						caseworker(received, List.of("referral package"),
								() -> this.incoming.incomingPackage(received))),
				Map.entry("Referrals.printableForm", caseworker(referred, List.of("referral package"),
						() -> this.referrals.printableForm(referred, sent.id(), key -> key))));
	}

	/**
	 * A marked method, the one role that may call it (as that user), and what it reveals.
	 */
	record Call(String username, String role, PseudonymousId subject, List<String> fields, Supplier<Object> call) {

		Object asAllowed() {
			return TestSecurity.as(this.username, this.role, this.call);
		}

	}

	private static Call caseworker(PseudonymousId subject, List<String> fields, Supplier<Object> call) {
		return new Call("carol", "CASEWORKER", subject, fields, call);
	}

	@Test
	void every_service_method_that_returns_identity_is_marked() {
		Set<String> unmarked = new HashSet<>();
		for (Class<?> service : services()) {
			for (Method method : service.getDeclaredMethods()) {
				if (Modifier.isPublic(method.getModifiers()) && returnsIdentity(method.getGenericReturnType())
						&& !method.isAnnotationPresent(RevealsIdentity.class)) {
					unmarked.add(service.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(unmarked).as("public methods returning identity without @RevealsIdentity").isEmpty();
	}

	@Test
	void every_marked_method_called_by_an_allowed_user_leaves_exactly_one_event() {
		PersonCode code = registered();
		Map<String, Call> callers = callers(code);
		assertThat(callers.keySet()).as("a caller for every marked method").isEqualTo(markedMethods());
		for (Map.Entry<String, Call> caller : callers.entrySet()) {
			long before = AuditTestSupport.lastSeq(this.jdbc);
			Object result = caller.getValue().asAllowed();
			PseudonymousId subject = caller.getValue().subject();

			assertThat(result).as(caller.getKey()).isNotNull();
			List<AuditEvent> events = AuditTestSupport.eventsAfter(this.jdbc, before)
				.stream()
				.filter(event -> event.action().equals(Action.IDENTITY_REVEALED.name()))
				.filter(event -> subject.value().equals(event.subjectId()))
				.toList();
			assertThat(events).as(caller.getKey()).singleElement().satisfies(event -> {
				assertThat(event.outcome()).isEqualTo(Outcome.ALLOWED);
				assertThat(event.actorUsername()).isEqualTo(caller.getValue().username());
				assertThat(event.actorRoles()).containsExactly(caller.getValue().role());
				assertThat(event.subjectType()).isEqualTo(subject.type());
				assertThat(event.fields()).containsAll(caller.getValue().fields());
			});
		}
	}

	@Test
	void a_user_who_may_not_see_identity_gets_no_data_and_leaves_a_denied_event() {
		PersonCode code = registered();
		for (Map.Entry<String, Call> caller : callers(code).entrySet()) {
			for (String role : List.of("CASEWORKER", "SUPERVISOR", "AUDITOR", "ADMIN")) {
				if (role.equals(caller.getValue().role())) {
					continue;
				}
				long before = AuditTestSupport.lastSeq(this.jdbc);
				assertThatThrownBy(() -> TestSecurity.as("someone", role, caller.getValue().call()))
					.isInstanceOf(AuthorizationDeniedException.class);
				assertThat(AuditTestSupport.eventsAfter(this.jdbc, before)).as(caller.getKey() + " as " + role)
					.singleElement()
					.satisfies(event -> {
						assertThat(event.outcome()).isEqualTo(Outcome.DENIED);
						assertThat(event.subjectId()).isEqualTo(caller.getValue().subject().value());
						assertThat(event.actorRoles()).containsExactly(role);
					});
			}
		}
	}

	@Test
	void when_the_event_cannot_be_written_identity_reads_fail_and_return_nothing() {
		PersonCode code = registered();
		Map<String, Call> callers = callers(code);
		this.owner.execute("revoke insert on haven.audit_event from haven_app");
		try {
			for (Map.Entry<String, Call> caller : callers.entrySet()) {
				Object[] returned = new Object[1];
				assertThatThrownBy(() -> returned[0] = caller.getValue().asAllowed()).as(caller.getKey())
					.isInstanceOf(AuditUnavailableException.class);
				assertThat(returned[0]).isNull();
			}
		}
		finally {
			this.owner.execute("grant insert on haven.audit_event to haven_app");
		}
		assertThat(TestSecurity.asCaseworker(() -> this.persons.revealIdentity(code))).isNotNull();
	}

	@Test
	void a_change_whose_event_cannot_be_written_does_not_happen() {
		PersonCode code = registered();
		long version = TestSecurity.asCaseworker(() -> this.persons.summary(code)).version();
		this.owner.execute("revoke insert on haven.audit_event from haven_app");
		try {
			assertThatThrownBy(() -> TestSecurity.asCaseworker(
					() -> this.persons.changeIdentity(code, version, TestIdentities.named("Changed", "Name"))))
				.isInstanceOf(AuditUnavailableException.class);
		}
		finally {
			this.owner.execute("grant insert on haven.audit_event to haven_app");
		}
		assertThat(TestSecurity.asCaseworker(() -> this.persons.revealIdentity(code)).familyNames()).isEqualTo("Okeke");
	}

	private PersonCode registered() {
		return this.fixtures.personTakenInBy("carol",
				TestIdentities.identity("Adaeze", "Okeke", LocalDate.of(1993, 3, 9), null, null),
				Profile.notAskedYet());
	}

	private static Set<String> markedMethods() {
		return services().stream()
			.flatMap(service -> Arrays.stream(service.getDeclaredMethods())
				.filter(method -> method.isAnnotationPresent(RevealsIdentity.class))
				.map(method -> service.getSimpleName() + "." + method.getName()))
			.collect(Collectors.toSet());
	}

	private static List<Class<?>> services() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		return scanner.findCandidateComponents("org.haven").stream().<Class<?>>map(definition -> {
			try {
				return (Class<?>) Class.forName(definition.getBeanClassName());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static boolean returnsIdentity(Type type) {
		if (type instanceof Class<?> plain) {
			return plain.isAnnotationPresent(IdentityData.class)
					|| (plain.isArray() && returnsIdentity(plain.getComponentType()));
		}
		if (type instanceof ParameterizedType generic) {
			return returnsIdentity(generic.getRawType()) || Arrays.stream(generic.getActualTypeArguments())
				.anyMatch(IdentityReadAuditTests::returnsIdentity);
		}
		return false;
	}

}
