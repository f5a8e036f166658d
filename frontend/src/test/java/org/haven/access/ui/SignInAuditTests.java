package org.haven.access.ui;

import java.util.List;

import org.haven.HavenIntegrationTest;
import org.haven.TestAccounts;
import org.haven.access.Role;
import org.haven.access.UserSummary;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Outcome;
import org.haven.TestSecurityContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ins, failed sign-ins and the lockout leave events, without the typed username or
 * password.
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
	void a_sign_in_a_wrong_password_and_a_lockout_each_leave_an_event() throws Exception {
		UserSummary account = this.testAccounts.create("audited-signin", Role.CASEWORKER);
		SignInOverHttpTests http = new SignInOverHttpTests();
		http.port = this.port;
		SignInOverHttpTests.Browser browser = http.new Browser();
		String csrf = browser.openLoginPage();
		browser.signIn("audited-signin", TestAccounts.PASSWORD, csrf);
		SignInOverHttpTests.Browser other = http.new Browser();
		String otherCsrf = other.openLoginPage();
		for (int i = 0; i < 5; i++) {
			other.signIn("audited-signin", "not-it-" + i, otherCsrf);
		}

		List<AuditEvent> aboutAccount = TestSecurityContext.as("aisha", Role.AUDITOR, () -> this.workspace
			.search(new AuditQuery(null, null, null, null, account.id().toString(), null), 0, 50));
		List<AuditEvent> signIns = TestSecurityContext.as("aisha", Role.AUDITOR,
				() -> this.workspace.search(new AuditQuery(null, null, "audited-signin", null, null, null), 0, 50));

		assertThat(signIns).extracting(AuditEvent::action).contains("SIGN_IN");
		assertThat(aboutAccount).filteredOn(event -> event.action().equals("SIGN_IN_FAILED")).hasSize(5);
		assertThat(aboutAccount).extracting(AuditEvent::action).contains("ACCOUNT_LOCKED", "ACCOUNT_CREATED");
		assertThat(aboutAccount).filteredOn(event -> event.action().equals("SIGN_IN_FAILED")).allSatisfy(event -> {
			assertThat(event.outcome()).isIn(Outcome.FAILED, Outcome.DENIED);
			assertThat(event.actorUsername()).isNull();
			assertThat(event.reason()).doesNotContain("not-it");
		});
	}

}
