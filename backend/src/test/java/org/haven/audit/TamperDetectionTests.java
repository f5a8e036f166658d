package org.haven.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.haven.BackendTestApplication;
import org.haven.audit.VerificationReport.Break;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Somebody with the schema owner's rights tampers with the trail directly in SQL,
 * triggers switched off. The verifier names the first broken sequence number and the kind
 * of tampering. Runs in a database of its own, since tampering is for good; each test
 * checks its own stretch of the chain, from a checkpoint signed before it.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = "haven.audit.gap-grace=0s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperDetectionTests {

	@Autowired
	AuditSealer sealer;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcTemplate app;

	JdbcTemplate owner;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.owner = new JdbcTemplate(ownerDataSource);
	}

	@Test
	@Order(1)
	void an_untouched_chain_of_100000_events_verifies_from_its_start() {
		List<Object[]> rows = new ArrayList<>();
		Instant now = Instant.now();
		for (int i = 0; i < 100_000; i++) {
			rows.add(new Object[] { Timestamp.from(now), "actor-" + (i % 40), "user" + (i % 40), "CASEWORKER",
					"IDENTITY_REVEALED", "PERSON", "P-0000-" + String.format("%04d", i % 10_000),
					"givenNames,familyNames", "ALLOWED" });
		}
		this.app.batchUpdate("""
				insert into audit_event (occurred_at, actor_id, actor_username, actor_roles, action, subject_type,
				                         subject_id, fields, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		sealEverything();
		this.sealer.checkpointNow();
		List<Long> progress = new ArrayList<>();

		VerificationReport report = this.verifier.verify(null, null, progress::add);

		assertThat(report.intact()).as(report.toString()).isTrue();
		assertThat(report.eventsChecked()).isGreaterThanOrEqualTo(100_000);
		assertThat(report.checkpointsChecked()).isPositive();
		assertThat(progress).as("progress reported batch by batch").hasSizeGreaterThan(10).isSorted();
	}

	@Test
	@Order(2)
	void an_edited_event_is_found() {
		Checkpoint trusted = newStretch();
		long victim = trusted.seq() + 7;
		asOwnerWithoutTriggers("update haven.audit_event set actor_username = 'someone-else' where seq = " + victim);

		assertBroken(trusted, victim, Break.EDITED);
	}

	@Test
	@Order(3)
	void a_deleted_event_is_found() {
		Checkpoint trusted = newStretch();
		long victim = trusted.seq() + 11;
		asOwnerWithoutTriggers("delete from haven.audit_event where seq = " + victim);

		assertBroken(trusted, victim, Break.DELETED);
	}

	@Test
	@Order(4)
	void reordered_events_are_found() {
		Checkpoint trusted = newStretch();
		long first = trusted.seq() + 4;
		asOwnerWithoutTriggers("update haven.audit_event set seq = -1 where seq = " + first,
				"update haven.audit_event set seq = " + first + " where seq = " + (first + 1),
				"update haven.audit_event set seq = " + (first + 1) + " where seq = -1");

		assertBroken(trusted, first, Break.REORDERED);
	}

	/** Last: rebuilding rewrites the chain from the edit to its end. */
	@Test
	@Order(7)
	void a_chain_rebuilt_from_scratch_after_an_edit_no_longer_matches_the_signed_checkpoint() {
		Checkpoint trusted = newStretch();
		long victim = trusted.seq() + 3;
		asOwnerWithoutTriggers("update haven.audit_event set reason = 'nothing happened' where seq = " + victim,
				"delete from haven.audit_chain where seq >= " + victim);
		sealEverything();

		VerificationReport fromTrusted = this.verifier.verify(trusted, null, seq -> {
		});
		assertThat(fromTrusted.intact()).isFalse();
		assertThat(fromTrusted.problem()).isEqualTo(Break.CHECKPOINT_MISMATCH);
		assertThat(fromTrusted.firstBrokenSeq()).isGreaterThanOrEqualTo(victim);
	}

	@Test
	@Order(5)
	void a_truncated_tail_is_found() {
		Checkpoint trusted = newStretch();
		this.sealer.checkpointNow();
		long last = AuditTestSupport.lastSeq(this.app);
		asOwnerWithoutTriggers("delete from haven.audit_event where seq > " + (last - 5),
				"delete from haven.audit_chain where seq > " + (last - 5));

		VerificationReport report = this.verifier.verify(trusted, null, seq -> {
		});
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo(Break.TRUNCATED);
		assertThat(report.firstBrokenSeq()).isEqualTo(last - 4);
	}

	/**
	 * Seals and signs what exists, then appends thirty events after that checkpoint and
	 * seals them.
	 */
	private Checkpoint newStretch() {
		appendEvents(1);
		this.sealer.checkpointNow();
		Checkpoint trusted = latestCheckpoint();
		appendEvents(30);
		this.sealer.checkpointNow();
		return trusted;
	}

	private void appendEvents(int count) {
		for (int i = 0; i < count; i++) {
			this.app.update("insert into audit_event (occurred_at, actor_id, actor_username, actor_roles, action, "
					+ "fields, outcome) values (now(), 'actor', 'carol', 'CASEWORKER', 'PERSONS_SEARCHED', 'name', 'ALLOWED')");
		}
		sealEverything();
	}

	private void assertBroken(Checkpoint trusted, long seq, Break kind) {
		VerificationReport report = this.verifier.verify(trusted, null, progress -> {
		});
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo(kind);
		assertThat(report.firstBrokenSeq()).isEqualTo(seq);
	}

	/**
	 * Seals until every event is in the chain; the background sealer may be holding the
	 * lock meanwhile.
	 */
	private void sealEverything() {
		while (AuditTestSupport.lastSeq(this.app) > lastSealed()) {
			this.sealer.sealAvailable();
		}
	}

	private long lastSealed() {
		Long sealed = this.app.queryForObject("select coalesce(max(seq), 0) from audit_chain", Long.class);
		return sealed == null ? 0 : sealed;
	}

	private Checkpoint latestCheckpoint() {
		return this.app.queryForObject(
				"select seq, chain_head, created_at, key_id, signature from audit_checkpoint order by seq desc limit 1",
				(row, number) -> new Checkpoint(row.getLong(1), row.getBytes(2), row.getTimestamp(3).toInstant(),
						row.getLong(4), row.getBytes(5)));
	}

	private void asOwnerWithoutTriggers(String... statements) {
		this.owner.execute("alter table haven.audit_event disable trigger user");
		this.owner.execute("alter table haven.audit_chain disable trigger user");
		try {
			for (String statement : statements) {
				this.owner.execute(statement);
			}
		}
		finally {
			this.owner.execute("alter table haven.audit_event enable trigger user");
			this.owner.execute("alter table haven.audit_chain enable trigger user");
		}
	}

}
