package org.haven.audit;

import java.util.List;

import org.haven.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10, point 1 and Done-when 2: an attacker holding the application role's
 * credentials (a compromised node, an SQL injection) tries every write it could make to
 * the audit tables and every function it could run, through the application's own data
 * source. PostgreSQL refuses each one, or the database overrides what it sent.
 */
@IntegrationTest
class ApplicationRoleAttackTests {

	@Autowired
	JdbcTemplate app;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditSealer sealer;

	/** Seen in the attack: this deleted 114 events and the check said intact. */
	@Test
	void the_application_role_cannot_run_retention_with_a_cut_off_of_its_choice() {
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
		long events = count("audit_event");

		assertThatThrownBy(
				() -> this.app.queryForList("select haven.audit_apply_retention(now() - interval '2 minutes')"))
			.rootCause()
			.hasMessageContaining("does not exist");
		assertThatThrownBy(() -> this.app.queryForList("select * from haven.audit_apply_retention()")).rootCause()
			.hasMessageContaining("permission denied");
		assertThat(count("audit_event")).isGreaterThanOrEqualTo(events);
	}

	/** Seen in the attack: a chain row at 999999, then retention deleted every event. */
	@Test
	void the_application_role_cannot_write_a_chain_entry_a_checkpoint_or_a_retention_record() {
		assertThatThrownBy(() -> this.app.update("insert into audit_chain values (999999, 'EVENT', '\\x00', now())"))
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(
				() -> this.app.update("insert into audit_checkpoint values (999999, '\\x00', now(), 1, '\\x00')"))
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.app.update("insert into audit_retention values (now(), 999999, '\\x00', 0)"))
			.rootCause()
			.hasMessageContaining("permission denied");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "update audit_event set reason = 'rewritten'", "delete from audit_event",
			"truncate audit_event", "update audit_chain set hash = hash", "delete from audit_chain",
			"truncate audit_chain", "update audit_checkpoint set signature = signature", "delete from audit_checkpoint",
			"truncate audit_checkpoint", "update audit_retention set removed = 0", "delete from audit_retention",
			"truncate audit_retention",
			"insert into audit_policy (singleton, retention) values (false, interval '1 day')",
			"update audit_policy set retention = interval '1 day'", "delete from audit_policy", "truncate audit_policy",
			"select nextval('audit_event_seq')", "select setval('audit_event_seq', 1)",
			"do $$ begin perform set_config('haven.audit_retention', 'apply', true); delete from audit_event; end $$",
			"alter table audit_event disable trigger user", "drop trigger audit_event_numbered on audit_event",
			"create or replace function audit_event_number() returns trigger language plpgsql as 'begin return new; end'",
			"create function audit_apply_retention(cut_off timestamptz) returns bigint language sql as 'select 0::bigint'" })
	void postgresql_refuses_the_application_role_every_other_write_to_the_trail(String statement) {
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
		assertThatThrownBy(() -> this.app.execute(statement)).rootCause()
			.message()
			.containsAnyOf("permission denied", "must be owner");
	}

	@Test
	void the_database_numbers_an_event_whatever_number_and_transaction_the_application_sent() {
		long before = AuditTestSupport.lastSeq(this.app);
		this.app.update("insert into audit_event (seq, xact, occurred_at, actor_roles, action, fields, outcome) "
				+ "values (999999999, '1', now(), '', 'SIGN_OUT', '', 'ALLOWED')");

		AuditEvent stored = AuditTestSupport.eventsAfter(this.app, before).getLast();
		assertThat(stored.seq()).isGreaterThan(before).isLessThan(999_999_999);
		assertThat(
				this.app.queryForObject("select xact::text from audit_event where seq = ?", String.class, stored.seq()))
			.isNotEqualTo("1");
	}

	/**
	 * What the application role may write, it writes as events: they are chained like any
	 * other, lists included as they were stored.
	 */
	@Test
	void an_event_the_application_role_writes_with_odd_lists_is_chained_as_written() {
		long before = AuditTestSupport.lastSeq(this.app);
		this.app.update("insert into audit_event (occurred_at, actor_roles, action, fields, outcome) "
				+ "values (now(), 'CASEWORKER,,', 'SIGN_OUT', 'a,b,,,', 'ALLOWED')");
		AuditTestSupport.sealEverything(this.sealer, this.app);
		AuditEvent stored = AuditTestSupport.eventsAfter(this.app, before).getFirst();
		assertThat(stored.fields()).containsExactly("a", "b", "", "", "");
		assertThat(this.app.queryForObject("select count(*) from audit_chain where event_seq = ?", Long.class,
				stored.seq()))
			.isEqualTo(1);
	}

	private long count(String table) {
		Long count = this.app.queryForObject("select count(*) from " + table, Long.class);
		return count == null ? 0 : count;
	}

}
