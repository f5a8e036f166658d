package org.haven.audit.ui;

import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.crypto.SealedRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationRowsSectionTests extends ViewTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void an_auditor_checks_every_row_that_grants_access_and_sees_a_role_added_in_sql_fail() {
		signInAs(DemoAccounts.AUDITOR, Role.AUDITOR);
		AuditIntegrityView view = (AuditIntegrityView) open("audit/integrity");
		AuthorizationRowsSection section = view.authorizationRows;

		test(section.check).click();
		assertThat(section.kinds.getListDataView().getItems().map(SealedRows.Check::kind)).containsExactlyInAnyOrder(
				"account-role", "account-sign-in", "break-glass-grant", "case-assignment", "case-person-link",
				"case-team");
		assertThat(test(section.kinds).getHeaderCell(2)).isEqualTo("Failed their seal");
		assertThat(section.verdict.getText()).startsWith("All ").endsWith("rows carry their seal.");

		this.jdbc.update("""
				insert into app_user_role (user_id, role, seal)
				select r.user_id, 'ADMIN', r.seal from app_user_role r join app_user u on u.id = r.user_id
				where u.username = ? and r.role = 'AUDITOR'""", DemoAccounts.AUDITOR);
		try {
			test(section.check).click();
			assertThat(section.verdict.getText()).startsWith("1 of ");
			assertThat(test(section.kinds).getCellText(0, 0)).isEqualTo("Role memberships");
		}
		finally {
			this.jdbc.update("""
					delete from app_user_role where role = 'ADMIN'
					and user_id = (select id from app_user where username = ?)""", DemoAccounts.AUDITOR);
		}
	}

}
