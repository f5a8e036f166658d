package org.haven.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.haven.person.PersonCode;
import org.haven.platform.ClusterJob;
import org.haven.platform.Days;
import org.haven.shared.SafeErrorDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closed cases are not kept for ever: once a day, every person all of whose cases are due
 * for a retention decision gets an erasure request of the retention period, on the case
 * that became due last, for the supervisors to erase or keep. A case is due when it is
 * closed, the retention period has passed since the later of its closure and its last
 * after-care check, no check of it is still open, and no decision to keep it covers
 * today. A person with a case still open or not yet due waits, since erasure works per
 * person. Cases whose link to the person fails its seal are not the person's. Every node
 * schedules it; one at a time runs it ({@link ClusterJob}).
 */
@Component
class RetentionReview {

	private static final Logger log = LoggerFactory.getLogger(RetentionReview.class);

	/** Without the after-care module, no case has after-care. */
	private static final CaseAfterCare NO_AFTER_CARE = ids -> Map.of();

	private final RetentionCandidates candidates;

	private final RetentionPeriods periods;

	private final CaseFileRepository cases;

	private final CaseSeals seals;

	private final ErasureRequests erasures;

	private final ObjectProvider<CaseAfterCare> afterCare;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RetentionReview(RetentionCandidates candidates, RetentionPeriods periods, CaseFileRepository cases, CaseSeals seals,
			ErasureRequests erasures, ObjectProvider<CaseAfterCare> afterCare, JdbcTemplate jdbc,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
		this.candidates = candidates;
		this.periods = periods;
		this.cases = cases;
		this.seals = seals;
		this.erasures = erasures;
		this.afterCare = afterCare;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
	}

	@Scheduled(initialDelayString = "PT3M", fixedDelayString = "P1D")
	void daily() {
		try {
			apply();
		}
		catch (RuntimeException ex) {
			log.error("Reviewing the retention of closed cases failed [{}]; it runs again tomorrow: {}",
					SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
		}
	}

	/**
	 * Asks the supervisors about every person newly due; returns how many, none while
	 * another node is at it.
	 */
	int apply() {
		Instant now = this.clock.instant();
		LocalDate today = Days.of(now);
		Instant closedBefore = now.atOffset(ZoneOffset.UTC).minus(this.periods.afterClosure()).toInstant();
		Integer asked = this.transaction.execute(status -> {
			if (!ClusterJob.CASE_RETENTION_REVIEW.claim(this.jdbc)) {
				return 0;
			}
			int count = 0;
			for (PersonCode person : this.candidates.personsWithCasesClosedBefore(closedBefore)) {
				Optional<Due> due = dueOf(person, today);
				if (due.isPresent() && this.erasures.addForRetention(UUID.randomUUID(), due.get().file(),
						due.get().closedOn(), due.get().lastCheckOn(), due.get().dueOn(), now)) {
					this.events.publishEvent(new RetentionReviewDue(due.get().file().code(), due.get().dueOn()));
					count++;
				}
			}
			return count;
		});
		return asked == null ? 0 : asked;
	}

	/**
	 * The case of the person that became due last, if every case of theirs is due today.
	 */
	private Optional<Due> dueOf(PersonCode person, LocalDate today) {
		List<CaseFile> files = this.cases.findByPersonCode(person.value()).stream().filter(this.seals::intact).toList();
		if (files.isEmpty() || files.stream()
			.anyMatch(file -> file.status() != CaseStatus.CLOSED || file.closure().closedAt() == null)) {
			return Optional.empty();
		}
		List<UUID> ids = files.stream().map(CaseFile::id).toList();
		Map<UUID, CaseAfterCare.State> care = this.afterCare.getIfAvailable(() -> NO_AFTER_CARE).of(ids);
		if (!this.candidates.keptOn(ids, today).isEmpty()) {
			return Optional.empty();
		}
		List<Due> dues = files.stream().map(file -> {
			CaseAfterCare.State state = care.getOrDefault(file.id(), CaseAfterCare.State.NONE);
			LocalDate closedOn = Days.of(file.closure().closedAt());
			return new Due(file, closedOn, state.lastCheckOn(), this.periods.dueOn(closedOn, state.lastCheckOn()),
					state.checkOpen());
		}).toList();
		if (dues.stream().anyMatch(due -> due.checkOpen() || due.dueOn().isAfter(today))) {
			return Optional.empty();
		}
		return dues.stream()
			.max(Comparator.comparing(Due::dueOn).thenComparing(due -> due.file().closure().closedAt()));
	}

	private record Due(CaseFile file, LocalDate closedOn, LocalDate lastCheckOn, LocalDate dueOn, boolean checkOpen) {
	}

}
