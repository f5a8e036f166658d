package org.haven.access.ui;

import java.util.List;

import org.haven.HavenIntegrationTest;
import org.haven.TestAccounts;
import org.haven.access.Role;
import org.haven.access.UserSummary;
import org.haven.audit.Action;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Outcome;
import org.haven.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ins, failed and throttled sign-ins and refused sign-in forms leave events, without
 * the typed username or password.
 */
@HavenIntegrationTest
class SignInAuditTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditWorkspace workspace;

	@Test
	void a_sign_in_and_each_wrong_or_throttled_password_leave_an_event() throws Exception {
		UserSummary account = this.testAccounts.create("audited-signin", Role.CASEWORKER);
		SignInOverHttpTests http = new SignInOverHttpTests();
		http.port = this.port;
		SignInOverHttpTests.Browser browser = http.new Browser();
		String csrf = browser.openLoginPage();
		browser.signIn("audited-signin", TestAccounts.PASSWORD, csrf);
		SignInOverHttpTests.Browser other = http.new Browser("127.0.0.7");
		String otherCsrf = other.openLoginPage();
		for (int i = 0; i < 5; i++) {
			other.signIn("audited-signin", "not-it-" + i, otherCsrf);
		}

		List<AuditEvent> aboutAccount = TestSecurity.as("aisha", Role.AUDITOR, () -> this.workspace
			.search(new AuditQuery(null, null, null, null, account.id().toString(), null), 0, 50));
		List<AuditEvent> signIns = TestSecurity.as("aisha", Role.AUDITOR,
				() -> this.workspace.search(new AuditQuery(null, null, "audited-signin", null, null, null), 0, 50));

		assertThat(signIns).extracting(AuditEvent::action).contains("SIGN_IN");
		assertThat(aboutAccount).filteredOn(event -> event.action().equals("SIGN_IN_FAILED")).hasSize(5);
		assertThat(aboutAccount).extracting(AuditEvent::action).contains("ACCOUNT_CREATED");
		assertThat(aboutAccount).filteredOn(event -> event.action().equals("SIGN_IN_FAILED")).allSatisfy(event -> {
			assertThat(event.outcome()).isIn(Outcome.FAILED, Outcome.DENIED);
			assertThat(event.reason()).isIn("wrong password", "throttled");
			assertThat(event.actorUsername()).isNull();
		});
		assertThat(aboutAccount).filteredOn(event -> event.action().equals("SIGN_IN_FAILED"))
			.filteredOn(event -> event.reason().equals("wrong password"))
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void a_sign_in_form_sent_from_another_site_is_recorded_as_refused() throws Exception {
		SignInOverHttpTests http = new SignInOverHttpTests();
		http.port = this.port;
		SignInOverHttpTests.Browser browser = http.new Browser();
		String csrf = browser.openLoginPage();
		int before = refusedForms().size();

		browser.post("/login", "username=carol&password=x&_csrf=" + csrf, "http://evil.example");
		browser.post("/login", "username=carol&password=x", null);

		assertThat(refusedForms()).hasSize(before + 2)
			.extracting(AuditEvent::reason)
			.contains("sign-in:form-from-another-site", "sign-in:form-without-valid-token");
	}

	private List<AuditEvent> refusedForms() {
		return TestSecurity
			.as("aisha", Role.AUDITOR,
					() -> this.workspace
						.search(new AuditQuery(null, null, null, Action.ACCESS_REFUSED, null, Outcome.DENIED), 0, 500))
			.stream()
			.filter(event -> event.reason() != null && event.reason().startsWith("sign-in:"))
			.toList();
	}

}
