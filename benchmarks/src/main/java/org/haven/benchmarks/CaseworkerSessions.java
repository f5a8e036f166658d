package org.haven.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.haven.BenchmarkApplication;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseSummary;
import org.haven.shared.ConflictException;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * P6: many caseworkers at once, each a session of its own thread going through Haven's
 * services as the screens do: list a page of their cases, open one, reveal its person's
 * identity, schedule its next follow-up. One session in five is the benchmarks'
 * caseworker, the others her colleague. Counts the errors (an edit refused as a conflict
 * with another session's is counted apart: it is the answer Haven must give), the
 * latencies per step, and checks that every read left its audit event: one per opening,
 * one per person revealed.
 */
final class CaseworkerSessions {

	enum Step {

		LIST, OPEN, REVEAL, EDIT

	}

	private CaseworkerSessions() {
	}

	static Result run(ApplicationContext context, int sessions, int rounds) throws InterruptedException {
		CaseService cases = context.getBean(CaseService.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Map<Step, List<Long>> latencies = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			latencies.put(step, Collections.synchronizedList(new ArrayList<>()));
		}
		AtomicLong errors = new AtomicLong();
		AtomicLong conflicts = new AtomicLong();
		AtomicLong reads = new AtomicLong();
		Map<String, Boolean> failures = new ConcurrentHashMap<>();
		long auditedBefore = auditedReads(jdbc);
		SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_THREADLOCAL);
		ExecutorService pool = Executors.newFixedThreadPool(sessions);
		CountDownLatch done = new CountDownLatch(sessions);
		long started = System.nanoTime();
		try {
			for (int session = 0; session < sessions; session++) {
				String username = session % 5 == 0 ? BenchmarkApplication.CASEWORKER : SyntheticCases.OTHER_CASEWORKER;
				SplittableRandom random = new SplittableRandom(session);
				pool.execute(() -> {
					try {
						for (int round = 0; round < rounds; round++) {
							try {
								List<CaseSummary> page = timed(latencies, Step.LIST, () -> BenchmarkApplication.as(
										username, "CASEWORKER",
										() -> cases.myCases(CaseQuery.all(), PageRequest.of(0, 50)).getContent()));
								CaseSummary chosen = page.get(random.nextInt(page.size()));
								CaseDetails opened = timed(latencies, Step.OPEN, () -> cases.open(chosen.code()));
								reads.incrementAndGet();
								timed(latencies, Step.REVEAL, () -> cases.revealIdentity(chosen.code()));
								reads.incrementAndGet();
								timed(latencies, Step.EDIT, () -> cases.scheduleFollowUp(chosen.code(),
										opened.version(), LocalDate.now().plusDays(1 + random.nextInt(90))));
							}
							catch (ConflictException ex) {
								conflicts.incrementAndGet();
							}
							catch (RuntimeException ex) {
								errors.incrementAndGet();
								failures.put(ex.getClass().getSimpleName(), true);
							}
						}
					}
					finally {
						done.countDown();
					}
				});
			}
			done.await();
		}
		finally {
			pool.shutdown();
			SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_GLOBAL);
		}
		long elapsed = System.nanoTime() - started;
		return new Result(sessions, rounds, errors.get(), conflicts.get(), List.copyOf(failures.keySet()),
				percentiles(latencies), reads.get(), auditedReads(jdbc) - auditedBefore, elapsed / 1_000_000);
	}

	private static <T> T timed(Map<Step, List<Long>> latencies, Step step, Supplier<T> work) {
		long started = System.nanoTime();
		T result = work.get();
		latencies.get(step).add(System.nanoTime() - started);
		return result;
	}

	private static long auditedReads(JdbcTemplate jdbc) {
		// a reveal through the case is recorded for the case and for its person: the
		// person's record is the one read
		return jdbc.queryForObject(
				"select count(*) from audit_event where outcome = 'ALLOWED' and "
						+ "(action = 'CASE_OPENED' or (action = 'IDENTITY_REVEALED' and subject_type = 'PERSON'))",
				Long.class);
	}

	private static Map<Step, double[]> percentiles(Map<Step, List<Long>> latencies) {
		Map<Step, double[]> percentiles = new EnumMap<>(Step.class);
		latencies.forEach((step, measured) -> {
			List<Long> sorted = new ArrayList<>(measured);
			Collections.sort(sorted);
			percentiles.put(step, new double[] { at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99) });
		});
		return percentiles;
	}

	private static double at(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

	/**
	 * What the sessions did: latencies in milliseconds (p50, p95, p99) per step, and
	 * whether the audit trail holds one event per read.
	 */
	record Result(int sessions, int rounds, long errors, long conflicts, List<String> failures,
			Map<Step, double[]> latencies, long reads, long auditedReads, long elapsedMillis) {

		boolean everyReadAudited() {
			return this.reads == this.auditedReads;
		}

	}

}
