package org.haven.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.haven.crypto.FieldEncryption;
import org.haven.platform.ClusterJob;
import org.haven.shared.SafeErrorDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An intake left unfinished does not keep what was typed for ever: once a day, drafts
 * untouched for the retention period (30 days unless configured) are discarded with their
 * keys, and so are note drafts left as long on a case. The caseworker sees the draft list
 * shrink; the audit trail records how many went. Every node schedules it, on the
 * application's scheduler, a minute after the start and then daily; one at a time runs it
 * ({@link ClusterJob}).
 */
@Component
class DraftRetention {

	private static final Logger log = LoggerFactory.getLogger(DraftRetention.class);

	private final JdbcTemplate jdbc;

	private final FieldEncryption encryption;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Period retention;

	private final NoteDrafts noteDrafts;

	private final IntakeCompletions completions;

	DraftRetention(JdbcTemplate jdbc, FieldEncryption encryption, TransactionTemplate transaction, Clock clock,
			ApplicationEventPublisher events, @Value("${haven.intake.draft-retention:P30D}") Period retention,
			NoteDrafts noteDrafts, IntakeCompletions completions) {
		this.noteDrafts = noteDrafts;
		this.completions = completions;
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
	void daily() {
		try {
			apply();
		}
		catch (RuntimeException ex) {
			log.error("Discarding old intake drafts failed [{}]; it runs again tomorrow: {}",
					SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
		}
	}

	/**
	 * Discards the drafts untouched since before the retention period; returns how many,
	 * none while another node is at it.
	 */
	int apply() {
		Instant cutOff = this.clock.instant().atOffset(ZoneOffset.UTC).minus(this.retention).toInstant();
		Integer discarded = this.transaction.execute(status -> {
			if (!ClusterJob.INTAKE_DRAFT_RETENTION.claim(this.jdbc)) {
				return 0;
			}
			List<UUID> old = this.jdbc.queryForList("select id from intake_draft where updated_at < ? for update",
					UUID.class, Timestamp.from(cutOff));
			for (UUID draft : old) {
				this.jdbc.update("delete from intake_draft where id = ?", draft);
				this.encryption.destroyDataKey(draft);
			}
			if (!old.isEmpty()) {
				this.events.publishEvent(new IntakeDraftsExpired(old.size(), cutOff));
			}
			this.noteDrafts.discardUntouchedSince(cutOff);
			// a retry comes within minutes; a week later the draft's id only says who
			// completed what when
			this.completions.forgetCompletedBefore(this.clock.instant().minus(Duration.ofDays(7)));
			return old.size();
		});
		return discarded == null ? 0 : discarded;
	}

}
