package org.haven.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.audit.Action;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Outcome;
import org.haven.shared.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The local sign-in as Spring Security calls it: the password check behind the throttle,
 * then the role rule. The throttle runs on a clock the test moves.
 */
@IntegrationTest
class PasswordSignInTests {

	static final String PASSWORD = "tall-river-stone-42";

	@Autowired
	AuthenticationProvider signInOfTheApplication;

	@Autowired
	UserAccountService service;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditWorkspace audit;

	@Autowired
	AccountSeals seals;

	@Autowired
	AccountFixtures olderHaven;

	final MovableClock clock = new MovableClock(Instant.now());

	PasswordSignIn signIn;

	@BeforeEach
	void signInWithTheTestsClock() {
		TransactionTemplate transactions = new TransactionTemplate(this.transactions);
		SignInThrottle throttle = new SignInThrottle(new SignInThrottleRows(this.jdbc),
				SignInThrottleProperties.defaults(), this.clock, transactions);
		this.signIn = new PasswordSignIn(this.accounts, this.seals, throttle, this.passwordEncoder, this.events,
				transactions);
	}

	@Test
	void the_application_signs_in_with_this_provider() {
		assertThat(this.signInOfTheApplication).isInstanceOf(PasswordSignIn.class);
		UserSummary account = newAccount(Role.CASEWORKER);

		Authentication signedIn = this.signInOfTheApplication.authenticate(attempt(account, PASSWORD, "192.0.2.1"));

		assertThat(signedIn.isAuthenticated()).isTrue();
		assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_CASEWORKER");
	}

	@Test
	void a_throttled_attempt_is_refused_even_with_the_right_password_with_the_ordinary_answer_and_recorded() {
		UserSummary account = newAccount(Role.CASEWORKER);
		for (int wrong = 0; wrong < 3; wrong++) {
			assertThatThrownBy(() -> this.signIn.authenticate(attempt(account, "not-it", "192.0.2.10")))
				.isInstanceOf(BadCredentialsException.class);
		}

		BadCredentialsException throttled = catchThrowableOfType(BadCredentialsException.class,
				() -> this.signIn.authenticate(attempt(account, PASSWORD, "192.0.2.10")));
		Authentication fromElsewhere = this.signIn.authenticate(attempt(account, PASSWORD, "192.0.2.11"));
		this.clock.advance(Duration.ofSeconds(2));
		Authentication afterTheWait = this.signIn.authenticate(attempt(account, PASSWORD, "192.0.2.10"));

		assertThat(throttled.getMessage()).isEqualTo("Bad credentials");
		assertThat(fromElsewhere.isAuthenticated()).isTrue();
		assertThat(afterTheWait.isAuthenticated()).isTrue();
		assertThat(signInEventsAbout(account)).extracting(AuditEvent::outcome, AuditEvent::reason)
			.containsExactly(Tuple.tuple(Outcome.FAILED, "wrong password"),
					Tuple.tuple(Outcome.FAILED, "wrong password"), Tuple.tuple(Outcome.FAILED, "wrong password"),
					Tuple.tuple(Outcome.DENIED, "throttled"));
	}

	@Test
	void an_account_holding_roles_that_must_not_meet_is_refused_after_the_right_password_and_only_then() {
		UserSummary account = newAccount(Role.CASEWORKER);
		this.olderHaven.addRolesWithoutTheRules(account.id(), Role.ADMIN);

		assertThatThrownBy(() -> this.signIn.authenticate(attempt(account, "not-it", "192.0.2.20")))
			.isInstanceOf(BadCredentialsException.class);
		PasswordSignInRefusedException refused = catchThrowableOfType(PasswordSignInRefusedException.class,
				() -> this.signIn.authenticate(attempt(account, PASSWORD, "192.0.2.20")));

		assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.CONFLICTING_ROLES);
		assertThat(signInEventsAbout(account)).extracting(AuditEvent::outcome, AuditEvent::reason)
			.containsExactly(Tuple.tuple(Outcome.FAILED, "wrong password"),
					Tuple.tuple(Outcome.DENIED, "conflicting-roles"));
		assertThat(TestSecurity.asAdministrator(() -> this.service.listAccounts())
			.stream()
			.filter(listed -> listed.id().equals(account.id()))
			.findFirst()
			.orElseThrow()
			.rolesMustNotMeet()).isTrue();
	}

	@Test
	void a_wrong_password_and_an_unknown_username_get_the_same_answer() {
		UserSummary account = newAccount(Role.SUPERVISOR);

		BadCredentialsException wrong = catchThrowableOfType(BadCredentialsException.class,
				() -> this.signIn.authenticate(attempt(account, "not-it", "192.0.2.30")));
		BadCredentialsException unknown = catchThrowableOfType(BadCredentialsException.class, () -> this.signIn
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("nobody-at-all", PASSWORD)));

		assertThat(wrong.getMessage()).isEqualTo(unknown.getMessage());
	}

	private UserSummary newAccount(Role role) {
		String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
		return TestSecurity.asAdministrator(
				() -> this.service.createAccount(new NewUserAccount(username, "Sign In Test", Set.of(role), PASSWORD)));
	}

	private static UsernamePasswordAuthenticationToken attempt(UserSummary account, String password, String from) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(account.username(), password);
		attempt.setDetails(new WebAuthenticationDetails(from, null));
		return attempt;
	}

	private List<AuditEvent> signInEventsAbout(UserSummary account) {
		List<AuditEvent> newestFirst = TestSecurity.as("aisha", Roles.AUDITOR, () -> this.audit
			.search(new AuditQuery(null, null, null, Action.SIGN_IN_FAILED, account.id().toString(), null), 0, 50));
		return newestFirst.reversed();
	}

}
