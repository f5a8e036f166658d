package org.haven.audit;

import java.time.Duration;
import java.util.List;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.shared.IntegrityCheckFailed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record that fails its integrity check is recorded even though the work that found it
 * fails, and auditors find it among the highlights.
 */
@IntegrationTest
class IntegrityFindingsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditWorkspace workspace;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void a_failed_integrity_check_is_recorded_even_when_the_work_that_found_it_rolls_back() {
		long before = AuditTestSupport.lastSeq(this.jdbc);
		try {
			this.transactions.executeWithoutResult(status -> {
				this.events.publishEvent(new IntegrityCheckFailed("case-note", Ids.of("CASE", "C-TEST-0001")));
				throw new IllegalStateException("the read that found the damage fails");
			});
		}
		catch (IllegalStateException expected) {
			// the work failed, as it does when a record is damaged
		}
		List<AuditEvent> recorded = AuditTestSupport.eventsAfter(this.jdbc, before);
		assertThat(recorded).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo(Action.INTEGRITY_CHECK_FAILED.name());
			assertThat(event.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(event.subjectId()).isEqualTo("C-TEST-0001");
			assertThat(event.reason()).isEqualTo("case-note");
		});
	}

	@Test
	void auditors_see_every_integrity_finding_among_the_highlights() {
		this.events.publishEvent(new IntegrityCheckFailed("case-assignment", Ids.of("CASE", "C-TEST-0002")));
		List<Highlight> highlights = TestSecurity.as("aisha", "AUDITOR",
				() -> this.workspace.highlights(Duration.ofDays(1)));
		assertThat(highlights).anySatisfy(highlight -> {
			assertThat(highlight.pattern()).isEqualTo(Highlight.Pattern.INTEGRITY_FINDINGS);
			assertThat(highlight.actor()).isEqualTo("case-assignment CASE C-TEST-0002");
			assertThat(highlight.count()).isEqualTo(1);
		});
	}

}
