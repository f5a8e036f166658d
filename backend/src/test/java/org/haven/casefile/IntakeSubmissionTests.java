package org.haven.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.person.Identity;
import org.haven.person.TestIdentities;
import org.haven.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Submitting one intake many times (a double click, a retry after a timeout, a second
 * tab) makes one person and one case, and every submission answers with that case.
 */
@IntegrationTest
class IntakeSubmissionTests {

	@Autowired
	IntakeService intake;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ten_parallel_submissions_of_one_intake_make_one_case_and_all_answer_with_it() throws Exception {
		Identity identity = TestIdentities.identity("Ilinca", "Repeat" + UUID.randomUUID().toString().substring(0, 6),
				null, null, null);
		DraftId draft = this.fixtures.draftOf("carol", identity);
		long version = caseworker(() -> this.intake.save(draft, caseworker(() -> this.intake.open(draft)).version(),
				IntakeStep.REVIEW, identity, TestIntakes.consentOnly()));
		int casesBefore = count("case_file");
		int personsBefore = count("person");

		ExecutorService submitters = Executors.newFixedThreadPool(10);
		CountDownLatch together = new CountDownLatch(1);
		List<Future<CaseCode>> answers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			answers.add(submitters.submit(() -> {
				together.await();
				return caseworker(() -> this.intake.complete(draft, version, null, null, true));
			}));
		}
		together.countDown();
		Set<CaseCode> codes = new HashSet<>();
		for (Future<CaseCode> answer : answers) {
			codes.add(answer.get(60, TimeUnit.SECONDS));
		}
		submitters.shutdown();

		assertThat(codes).hasSize(1);
		assertThat(count("case_file")).isEqualTo(casesBefore + 1);
		assertThat(count("person")).isEqualTo(personsBefore + 1);
		assertThat(this.fixtures.open("carol", codes.iterator().next()).code()).isEqualTo(codes.iterator().next());
	}

	@Test
	void a_retry_after_the_case_was_made_answers_with_that_case_and_makes_no_other() {
		Identity identity = TestIdentities.identity("Doina", "Retry" + UUID.randomUUID().toString().substring(0, 6),
				null, null, null);
		DraftId draft = this.fixtures.draftOf("carol", identity);
		long version = caseworker(() -> this.intake.save(draft, caseworker(() -> this.intake.open(draft)).version(),
				IntakeStep.REVIEW, identity, TestIntakes.consentOnly()));
		CaseCode first = caseworker(() -> this.intake.complete(draft, version, null, null, true));
		int casesBefore = count("case_file");

		CaseCode retried = caseworker(() -> this.intake.complete(draft, version, null, null, true));

		assertThat(retried).isEqualTo(first);
		assertThat(count("case_file")).isEqualTo(casesBefore);
	}

	@Test
	void another_caseworker_submitting_the_same_draft_finds_nothing() {
		Identity identity = TestIdentities.identity("Sorina", "Other" + UUID.randomUUID().toString().substring(0, 6),
				null, null, null);
		DraftId draft = this.fixtures.draftOf("carol", identity);
		long version = caseworker(() -> this.intake.save(draft, caseworker(() -> this.intake.open(draft)).version(),
				IntakeStep.REVIEW, identity, TestIntakes.consentOnly()));
		caseworker(() -> this.intake.complete(draft, version, null, null, true));

		assertThatThrownBy(() -> TestSecurity.as("chen", "CASEWORKER",
				() -> this.intake.complete(draft, version, null, null, true)))
			.isInstanceOf(NotFoundException.class);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static <T> T caseworker(Supplier<T> work) {
		return TestSecurity.as("carol", "CASEWORKER", work);
	}

}
