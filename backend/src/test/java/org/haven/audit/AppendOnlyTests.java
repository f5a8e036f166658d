package org.haven.audit;

import java.util.List;
import javax.sql.DataSource;

import org.haven.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's own database role can add to the audit trail and read it, nothing
 * else.
 */
@IntegrationTest
class AppendOnlyTests {

	@Autowired
	JdbcTemplate app;

	JdbcTemplate owner;

	@Autowired
	AuditTrail trail;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.owner = new JdbcTemplate(ownerDataSource);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "update audit_event set reason = 'rewritten'", "delete from audit_event",
			"truncate audit_event", "update audit_chain set hash = hash", "delete from audit_chain",
			"truncate audit_chain", "delete from audit_checkpoint", "truncate audit_checkpoint" })
	void postgresql_refuses_the_application_role_anything_but_adding(String statement) {
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
		assertThatThrownBy(() -> this.app.execute(statement)).rootCause().hasMessageContaining("permission denied");
	}

	@Test
	void even_the_schema_owner_is_refused_changes_by_the_trigger() {
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
		assertThatThrownBy(() -> this.owner.execute("update haven.audit_event set reason = 'rewritten'")).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.owner.execute("delete from haven.audit_event")).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.owner.execute("truncate haven.audit_event cascade")).rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void the_application_role_may_add_and_read() {
		long before = AuditTestSupport.lastSeq(this.app);
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
		assertThat(AuditTestSupport.lastSeq(this.app)).isGreaterThan(before);
	}

}
