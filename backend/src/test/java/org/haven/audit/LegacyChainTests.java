package org.haven.audit;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.haven.StandaloneHaven;
import org.haven.audit.VerificationReport.Break;
import org.haven.crypto.Signatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trail sealed before chain format 2 (positions equal to sequence numbers, gaps sealed
 * as GAP entries, lists hashed as their stored text) upgraded in place: it still
 * verifies, and the sealer continues it in format 2. Issue 10, point 4: a stored list
 * with items appended ({@code ",,,"}) is an edit, in either format.
 */
class LegacyChainTests {

	static final String PASSPHRASE = "the passphrase of this test's node";

	@TempDir
	Path havenHome;

	@Test
	void a_chain_sealed_in_format_1_still_verifies_after_the_upgrade_and_appended_list_items_are_edits() {
		long legacyHead;
		try (ConfigurableApplicationContext before = StandaloneHaven.startOutsideDemoMode(this.havenHome,
				"--spring.flyway.target=0032", "--spring.jpa.hibernate.ddl-auto=none",
				"--haven.audit.sealer.scheduled=false", "--haven.master-passphrase=" + PASSPHRASE)) {
			JdbcTemplate app = before.getBean(JdbcTemplate.class);
			JdbcTemplate owner = owner(before);
			for (int i = 0; i < 6; i++) {
				app.update("insert into audit_event (occurred_at, actor_roles, action, fields, outcome) "
						+ "values (now(), 'CASEWORKER', 'IDENTITY_REVEALED', 'givenNames,familyNames', 'ALLOWED')");
			}
			app.queryForObject("select nextval('audit_event_seq')", Long.class);
			app.update("insert into audit_event (occurred_at, actor_roles, action, fields, outcome) "
					+ "values (now(), '', 'SIGN_OUT', '', 'ALLOWED')");
			legacyHead = sealAsFormatOne(app, owner, before.getBean(Signatures.class));
		}

		try (ConfigurableApplicationContext after = StandaloneHaven.startOutsideDemoMode(this.havenHome,
				"--haven.audit.sealer.scheduled=false", "--haven.master-passphrase=" + PASSPHRASE)) {
			JdbcTemplate app = after.getBean(JdbcTemplate.class);
			AuditSealer sealer = after.getBean(AuditSealer.class);
			after.getBean(AuditTrail.class)
				.record(Action.PERSONS_SEARCHED, Outcome.ALLOWED, null, List.of("givenNames", "phone"), null);
			AuditTestSupport.sealEverything(sealer, app);
			sealer.checkpointNow();
			AuditVerifier verifier = after.getBean(AuditVerifier.class);

			VerificationReport report = verifier.verify(null, false, position -> {
			});
			assertThat(report.intact()).as(report.toString()).isTrue();
			assertThat(report.eventsChecked()).isEqualTo(8);
			assertThat(report.checkpointsChecked()).isEqualTo(2);
			assertThat(app.queryForList("select format from audit_chain order by position", Integer.class))
				.startsWith(1, 1, 1, 1, 1, 1, 1, 1)
				.endsWith(2);

			JdbcTemplate owner = owner(after);
			Forgery.asOwnerWithoutTriggers(owner, "update haven.audit_event set fields = fields || ',,,' where seq = "
					+ AuditTestSupport.eventAt(app, legacyHead + 1));
			VerificationReport editedNew = verifier.verify(null, false, position -> {
			});
			assertThat(editedNew.problem()).isEqualTo(Break.EDITED);
			assertThat(editedNew.firstBrokenPosition()).isEqualTo(legacyHead + 1);

			Forgery.asOwnerWithoutTriggers(owner,
					"update haven.audit_event set fields = fields || ',,,' where seq = 2");
			VerificationReport editedLegacy = verifier.verify(null, false, position -> {
			});
			assertThat(editedLegacy.problem()).isEqualTo(Break.EDITED);
			assertThat(editedLegacy.firstBrokenPosition()).isEqualTo(2);
		}
	}

	/**
	 * Seals the trail as Haven did before format 2: every sequence number up to the last
	 * event, a GAP where no event took it, and a signed checkpoint of the head.
	 */
	private static long sealAsFormatOne(JdbcTemplate app, JdbcTemplate owner, Signatures signatures) {
		List<AuditEvent> events = app.query("select " + AuditEventRows.COLUMNS + " from audit_event order by seq",
				AuditEventRows.MAPPER);
		long last = events.getLast().seq();
		byte[] previous = ChainHash.GENESIS;
		Timestamp now = Timestamp.from(Instant.now());
		int next = 0;
		for (long seq = 1; seq <= last; seq++) {
			boolean event = next < events.size() && events.get(next).seq() == seq;
			previous = event ? ChainHash.ofLegacyEvent(previous, events.get(next++), seq)
					: ChainHash.ofLegacyGap(previous, seq);
			owner.update("insert into haven.audit_chain (seq, kind, hash, sealed_at) values (?, ?, ?, ?)", seq,
					event ? "EVENT" : "GAP", previous, now);
		}
		Instant signedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		owner.update(
				"insert into haven.audit_checkpoint (seq, chain_head, created_at, key_id, signature) values (?, ?, ?, ?, ?)",
				last, previous, Timestamp.from(signedAt), signatures.signingKeyId(),
				signatures.sign(ChainHash.checkpointBytes(last, previous, signedAt)));
		return last;
	}

	private static JdbcTemplate owner(ConfigurableApplicationContext haven) {
		return new JdbcTemplate(haven.getBean("flywayDataSource", DataSource.class));
	}

}
