package org.haven.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.haven.BackendTestApplication;
import org.haven.audit.VerificationReport.Break;
import org.haven.crypto.Signatures;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Somebody with the schema owner's rights tampers with the trail directly in SQL,
 * triggers switched off. The verifier names the first broken chain position, the event it
 * names, and the kind of tampering. Runs in a database of its own, since tampering is for
 * good, with no sealer running in the background; each test checks its own stretch of the
 * chain, from a checkpoint signed before it, sealed by a node that verified the chain up
 * to where the stretch starts.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = "haven.audit.sealer.scheduled=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperDetectionTests {

	@Autowired
	AuditSealer sealer;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	SealerNodes nodes;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate app;

	@Autowired
	PlatformTransactionManager transactions;

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
		AuditTestSupport.sealEverything(this.sealer, this.app);
		this.sealer.checkpointNow();
		List<Long> progress = new ArrayList<>();

		long started = System.nanoTime();
		VerificationReport report = this.verifier.verify(null, false, progress::add);
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(report.intact()).as(report.toString()).isTrue();
		assertThat(report.eventsChecked()).isGreaterThanOrEqualTo(100_000);
		assertThat(report.checkpointsChecked()).isPositive();
		assertThat(report.removedByRetention()).isNull();
		assertThat(progress).as("progress reported batch by batch").hasSizeGreaterThan(10).isSorted();
		assertThat(millis).as("verification of 100,000 events, in ms").isLessThan(10_000);
	}

	@Test
	@Order(3)
	void an_edited_event_is_found() {
		Stretch stretch = newStretch();
		long victim = stretch.trusted().position() + 7;
		long event = AuditTestSupport.eventAt(this.app, victim);
		asOwnerWithoutTriggers("update haven.audit_event set actor_username = 'someone-else' where seq = " + event);

		assertBroken(stretch.trusted(), victim, event, Break.EDITED);
	}

	@Test
	@Order(4)
	void a_deleted_event_is_found() {
		Stretch stretch = newStretch();
		long victim = stretch.trusted().position() + 11;
		long event = AuditTestSupport.eventAt(this.app, victim);
		asOwnerWithoutTriggers("delete from haven.audit_event where seq = " + event);

		assertBroken(stretch.trusted(), victim, event, Break.DELETED);
	}

	@Test
	@Order(5)
	void reordered_events_are_found() {
		Stretch stretch = newStretch();
		long first = stretch.trusted().position() + 4;
		long event = AuditTestSupport.eventAt(this.app, first);
		long next = AuditTestSupport.eventAt(this.app, first + 1);
		asOwnerWithoutTriggers("update haven.audit_event set seq = -1 where seq = " + event,
				"update haven.audit_event set seq = " + event + " where seq = " + next,
				"update haven.audit_event set seq = " + next + " where seq = -1");

		assertBroken(stretch.trusted(), first, event, Break.REORDERED);
	}

	/**
	 * Last: rebuilding rewrites the chain from the edit to its end. The sealer no longer
	 * rebuilds it (it refuses), so the attacker does, with the published hash function.
	 */
	@Test
	@Order(7)
	void a_chain_rebuilt_from_scratch_after_an_edit_no_longer_matches_the_signed_checkpoint() {
		Stretch stretch = newStretch();
		long victim = stretch.trusted().position() + 3;
		asOwnerWithoutTriggers("update haven.audit_event set reason = 'nothing happened' where seq = "
				+ AuditTestSupport.eventAt(this.app, victim));
		Forgery.rebuildFrom(this.owner, victim);

		VerificationReport fromTrusted = this.verifier
			.verify(AuditTestSupport.fileOf(this.signatures, stretch.trusted()), true, seq -> {
			});
		assertThat(fromTrusted.intact()).isFalse();
		assertThat(fromTrusted.problem()).isEqualTo(Break.CHECKPOINT_MISMATCH);
		assertThat(fromTrusted.firstBrokenPosition()).isGreaterThanOrEqualTo(victim);
	}

	/**
	 * Last: the checkpoint beyond the truncated tail stays, and every node from then on
	 * sees the truncation.
	 */
	@Test
	@Order(20)
	void a_truncated_tail_is_found() {
		Stretch stretch = newStretch();
		long last = AuditTestSupport.headPosition(this.app);
		asOwnerWithoutTriggers(
				"delete from haven.audit_event where seq in (select event_seq from haven.audit_chain where position > "
						+ (last - 5) + ")",
				"delete from haven.audit_chain where position > " + (last - 5));

		VerificationReport report = this.verifier.verify(AuditTestSupport.fileOf(this.signatures, stretch.trusted()),
				true, seq -> {
				});
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo(Break.TRUNCATED);
		assertThat(report.firstBrokenPosition()).isEqualTo(last - 4);
	}

	/**
	 * Issue 10, point 2: the newest events and their links deleted after the last
	 * checkpoint. The sealer that chained them knows its head: it refuses at once, signs
	 * nothing more, and keeps refusing after a restart; its witness shows the truncation.
	 */
	@Test
	@Order(10)
	void deleting_the_newest_events_with_their_links_stops_the_sealer_even_across_a_restart() throws Exception {
		Stretch stretch = newStretch();
		appendEvents(stretch.node(), 10);
		long last = AuditTestSupport.headPosition(this.app);
		long checkpoints = AuditTestSupport.checkpointCount(this.app);
		long findings = findings();
		asOwnerWithoutTriggers(
				"delete from haven.audit_event where seq in (select event_seq from haven.audit_chain where position > "
						+ (last - 5) + ")",
				"delete from haven.audit_chain where position > " + (last - 5));

		assertThat(stretch.node().sealAvailable()).isZero();
		stretch.node().checkpointNow();
		assertThat(stretch.node().status().state()).isEqualTo(SealerStatus.State.REFUSING);
		assertThat(stretch.node().status().problem()).isEqualTo(Break.TRUNCATED);
		assertThat(AuditTestSupport.checkpointCount(this.app)).isEqualTo(checkpoints);
		assertThat(findings()).isEqualTo(findings + 1);

		Path witness = witnessDirectory(stretch.node());
		stretch.node().stop();
		AuditSealer restarted = this.nodes.node(witness);
		assertThat(restarted.sealAvailable()).isZero();
		assertThat(restarted.status().problem()).isEqualTo(Break.TRUNCATED);
		VerificationReport fromWitness = this.verifier.verify(Witness.at(witness).read().orElseThrow(), true, p -> {
		});
		assertThat(fromWitness.problem()).isEqualTo(Break.TRUNCATED);
		assertThat(fromWitness.firstBrokenPosition()).isEqualTo(last - 4);
		restarted.stop();
	}

	/**
	 * Issue 10, point 2: a chain rebuilt after an edit, the later checkpoints deleted.
	 * Nothing in the database shows it any more, but the sealer's witness does: the
	 * sealer refuses and signs no checkpoint over the forged chain.
	 */
	@Test
	@Order(11)
	void a_chain_rebuilt_after_an_edit_with_its_later_checkpoints_deleted_is_never_signed() {
		Stretch stretch = newStretch();
		long victim = stretch.trusted().position() + 5;
		asOwnerWithoutTriggers(
				"update haven.audit_event set reason = 'nothing happened' where seq = "
						+ AuditTestSupport.eventAt(this.app, victim),
				"delete from haven.audit_checkpoint where position >= " + victim);
		Forgery.rebuildFrom(this.owner, victim);
		long checkpoints = AuditTestSupport.checkpointCount(this.app);
		assertThat(this.verifier.verify(AuditTestSupport.fileOf(this.signatures, stretch.trusted()), true, p -> {
		}).intact()).as("from the database and the older checkpoint alone, the forgery holds").isTrue();

		appendEvents(this.app, 3);
		assertThat(stretch.node().sealAvailable()).isZero();
		stretch.node().checkpointNow();

		assertThat(stretch.node().status().problem()).isEqualTo(Break.CHECKPOINT_MISMATCH);
		assertThat(AuditTestSupport.checkpointCount(this.app)).isEqualTo(checkpoints);
		VerificationReport fromWitness = this.verifier
			.verify(Witness.at(witnessDirectory(stretch.node())).read().orElseThrow(), true, p -> {
			});
		assertThat(fromWitness.intact()).isFalse();
		assertThat(fromWitness.problem()).isEqualTo(Break.CHECKPOINT_MISMATCH);
		stretch.node().stop();
	}

	/**
	 * The detection window (docs/security/audit.md): a rolled-back write costs nothing,
	 * the event committed after it is chained by the sealer's next round, and deleting it
	 * right after that is found.
	 */
	@Test
	@Order(12)
	void an_event_committed_behind_a_rolled_back_one_is_chained_at_once_and_its_deletion_is_found() {
		AuditSealer node = this.nodes.trustingTheHead(this.app);
		node.sealAvailable();
		Checkpoint trusted = signedHead();
		new TransactionTemplate(this.transactions).executeWithoutResult(tx -> {
			appendEvents(this.app, 1);
			tx.setRollbackOnly();
		});
		long committed = appendEvents(this.app, 1);

		node.sealAvailable();
		assertThat(AuditTestSupport.unsealed(this.app)).isZero();
		assertThat(this.verifier.verify(AuditTestSupport.fileOf(this.signatures, trusted), true, p -> {
		}).intact()).as("a rolled-back write is no break").isTrue();
		long position = this.app.queryForObject("select position from audit_chain where event_seq = ?", Long.class,
				committed);
		asOwnerWithoutTriggers("delete from haven.audit_event where seq = " + committed);

		assertBroken(trusted, position, committed, Break.DELETED);
		node.stop();
	}

	/**
	 * The owner replaces the retention procedure with one that ignores the floor and
	 * removes everything: the sealer finds that it removed more than its own plan allows,
	 * rolls the run back and signs nothing. Early, while the chain is untouched: the
	 * sealer verifies the whole chain before any retention run.
	 */
	@Test
	@Order(2)
	void a_retention_procedure_rewritten_to_remove_recent_events_is_rolled_back_and_never_signed() throws Exception {
		AuditSealer node = this.nodes.trustingTheHead(this.app);
		node.sealAvailable();
		long events = count("audit_event where action <> 'INTEGRITY_CHECK_FAILED'");
		String procedure = Files
			.readString(Path.of("src/main/resources/db/migration/V0035__audit_retention_policy.sql"));
		String original = procedure
			.substring(procedure.indexOf("CREATE FUNCTION audit_apply_retention()"),
					procedure.indexOf("REVOKE ALL ON FUNCTION audit_apply_retention()"))
			.replace("CREATE FUNCTION audit_apply_retention()",
					"CREATE OR REPLACE FUNCTION haven.audit_apply_retention()")
			.replace("${flyway:defaultSchema}", "haven");
		this.owner.execute(original.replaceAll("(?s)IF policy_floor < interval.*?END IF;", "")
			.replace("cut := started - policy_period;", "cut := started;"));
		try {
			assertThatThrownBy(() -> this.owner.update("update haven.audit_policy set retention = interval '1 day'"))
				.hasMessageContaining("audit_policy_retention_above_floor");

			assertThat(node.applyRetention()).isEmpty();

			assertThat(node.status().problem()).isEqualTo(Break.RETENTION_RECORD_INVALID);
			assertThat(count("audit_event where action <> 'INTEGRITY_CHECK_FAILED'")).isEqualTo(events);
			assertThat(count("audit_event where action = 'AUDIT_RETENTION_APPLIED'")).isZero();
			assertThat(count("audit_retention")).isZero();
		}
		finally {
			this.owner.execute(original);
			node.stop();
		}
	}

	/**
	 * Issue 10, point 1, as the database administrator: a forged chain entry far ahead,
	 * then retention. The sealer refuses to go on from a chain with a hole and signs no
	 * checkpoint over the forged head; retention, whoever runs it, removes nothing
	 * recent; the check never says intact. Last: the forged entry stays.
	 */
	@Test
	@Order(14)
	void a_forged_chain_entry_far_ahead_is_refused_and_retention_removes_nothing_recent() {
		AuditSealer node = this.nodes.trustingTheHead(this.app);
		node.sealAvailable();
		Checkpoint trusted = signedHead();
		long forged = appendEvents(this.app, 1);
		Forgery.insertChainEntry(this.owner, 999_999, forged, new byte[32]);
		long checkpoints = AuditTestSupport.checkpointCount(this.app);
		long events = count("audit_event where action <> 'INTEGRITY_CHECK_FAILED'");

		assertThat(node.sealAvailable()).isZero();
		node.checkpointNow();
		this.owner.queryForList("select * from haven.audit_apply_retention()");

		assertThat(node.status().problem()).isEqualTo(Break.CHAIN_ENTRY_MISSING);
		assertThat(AuditTestSupport.checkpointCount(this.app)).isEqualTo(checkpoints);
		assertThat(count("audit_event where action <> 'INTEGRITY_CHECK_FAILED'")).isEqualTo(events + 1);
		VerificationReport report = this.verifier.verify(AuditTestSupport.fileOf(this.signatures, trusted), true, p -> {
		});
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo(Break.CHAIN_ENTRY_MISSING);
		node.stop();
		Forgery.asOwnerWithoutTriggers(this.owner, "delete from haven.audit_chain where position = 999999");
	}

	private long findings() {
		return count("audit_event where action = 'INTEGRITY_CHECK_FAILED' and reason = 'audit-chain'");
	}

	private long count(String from) {
		Long count = this.app.queryForObject("select count(*) from " + from, Long.class);
		return count == null ? 0 : count;
	}

	/** A checkpoint of the current head, as an auditor's exported file would hold. */
	private Checkpoint signedHead() {
		ChainPosition head = ChainPosition.latest(this.app);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return new Checkpoint(head.position(), head.hash(), now, this.signatures.signingKeyId(),
				this.signatures.sign(ChainHash.checkpointBytes(head.position(), head.hash(), now)));
	}

	private static Path witnessDirectory(AuditSealer node) {
		return node.witnessFile().getParent();
	}

	/**
	 * A node that verified the chain up to its head seals and signs one event, then
	 * thirty more after that checkpoint.
	 */
	private Stretch newStretch() {
		AuditSealer node = this.nodes.trustingTheHead(this.app);
		appendEvents(node, 1);
		node.checkpointNow();
		Checkpoint trusted = AuditTestSupport.latestCheckpoint(this.app);
		appendEvents(node, 30);
		node.checkpointNow();
		return new Stretch(node, trusted);
	}

	private void appendEvents(AuditSealer node, int count) {
		appendEvents(this.app, count);
		AuditTestSupport.sealEverything(node, this.app);
	}

	/** Appends events as the application role does; returns the last one's number. */
	private static long appendEvents(JdbcTemplate app, int count) {
		for (int i = 0; i < count; i++) {
			app.update("insert into audit_event (occurred_at, actor_id, actor_username, actor_roles, action, "
					+ "fields, outcome) values (now(), 'actor', 'carol', 'CASEWORKER', 'PERSONS_SEARCHED', 'name', 'ALLOWED')");
		}
		return app.queryForObject("select max(seq) from audit_event", Long.class);
	}

	private void assertBroken(Checkpoint trusted, long position, long event, Break kind) {
		VerificationReport report = this.verifier.verify(AuditTestSupport.fileOf(this.signatures, trusted), true,
				progress -> {
				});
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo(kind);
		assertThat(report.firstBrokenPosition()).isEqualTo(position);
		assertThat(report.brokenEventSeq()).isEqualTo(event);
	}

	private void asOwnerWithoutTriggers(String... statements) {
		Forgery.asOwnerWithoutTriggers(this.owner, statements);
	}

	record Stretch(AuditSealer node, Checkpoint trusted) {
	}

}
