package org.haven.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.CaseService;
import org.haven.organisation.TeamFixtures;
import org.haven.person.TestIdentities;
import org.haven.reporting.CoverSheet;
import org.haven.reporting.ExportJobId;
import org.haven.reporting.ExportJobStatus;
import org.haven.reporting.ExportJobs;
import org.haven.reporting.ExportState;
import org.haven.reporting.ReportPeriod;
import org.haven.reporting.ResearchExport;
import org.haven.reporting.ResearchExportFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as the seeder makes it, by fresh caseworkers in fresh teams, a little
 * more than a year back, so that no other test's persons fall in the research export's
 * period: the CTDC export of it is 11-anonymous by an independent count of the file, and
 * of the seeded persons it takes exactly those with research consent (counted from the
 * stories, against the export of the period before seeding). The seeding runs once per
 * name, and not at all in the tests' context, where {@code haven.demo.cases} is off.
 */
@IntegrationTest
class DemoCasesTests {

	/**
	 * Far enough ahead that the seedings that export nothing make their cases where no
	 * other test reads.
	 */
	static final Duration AHEAD = Duration.ofDays(365L * 211 + 100);

	/**
	 * Back far enough that no other test's person is registered in the research export's
	 * period (they all are registered now or later), near enough that their consent is
	 * live today, on the export's thread, and the audit trail keeps everything.
	 */
	static final Duration BACK = Duration.ofDays(400).negated();

	@Autowired
	DemoCaseSeeding seeding;

	@Autowired
	DemoSeedings seedings;

	@Autowired
	ObjectProvider<DemoCases> runner;

	@Autowired
	ObjectProvider<DemoClock> demoClock;

	@Autowired
	TestClock clock;

	@Autowired
	TeamFixtures teams;

	@Autowired
	UserAccountService accounts;

	@Autowired
	CaseService cases;

	@Autowired
	ResearchExport research;

	@Autowired
	ExportJobs jobs;

	@Test
	void the_research_export_of_the_demo_data_is_11_anonymous_and_leaves_out_persons_without_research_consent() {
		DemoCaseSeeding.Plan plan = plan(80);
		Export[] exports = this.clock.after(BACK, () -> {
			LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
			ReportPeriod period = new ReportPeriod(today.minusDays(DemoStories.SPAN.toDays() + 30), today);
			Export before = exported(plan, period);
			assertThat(this.seeding.seed(plan, backdating(), () -> false)).isEqualTo(plan.cases());
			return new Export[] { before, exported(plan, period) };
		});
		Instant now = this.seedings.progress(plan.name()).orElseThrow().startedAt();
		DemoStories stories = new DemoStories(plan.seed(), plan.caseworkers().size());
		long researchConsenting = IntStream.range(0, plan.cases())
			.mapToObj(index -> stories.story(index, now))
			.filter(story -> story.consents().research())
			.count();
		CoverSheet before = exports[0].cover();
		CoverSheet after = exports[1].cover();
		List<Map<String, String>> rows = exports[1].rows();

		assertThat(researchConsenting).as("seeded persons without research consent exist").isLessThan(plan.cases());
		assertThat(after.consenting() - before.consenting())
			.as("seeded persons the export took: those with research consent only")
			.isEqualTo((int) researchConsenting);
		assertThat(rows).as("rows of the file").hasSize(after.released()).hasSizeGreaterThan(before.released());
		assertThat(after.released() + after.leftOut()).isEqualTo(after.consenting());
		assertThat(ResearchExportFiles.groups(rows).values())
			.allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(11));
	}

	@Test
	void a_seeding_runs_once_and_the_tests_context_seeds_nothing() {
		DemoCaseSeeding.Plan plan = plan(3);

		int first = this.clock.after(AHEAD.plus(Duration.ofDays(9000)),
				() -> this.seeding.seed(plan, backdating(), () -> false));
		int again = this.seeding.seed(plan, backdating(), () -> false);

		assertThat(first).isEqualTo(3);
		assertThat(again).isZero();
		long taken = plan.caseworkers()
			.stream()
			.mapToLong(caseworker -> TestSecurity.as(caseworker, "CASEWORKER",
					() -> this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(50)).getTotalElements()))
			.sum();
		assertThat(taken).isEqualTo(3);
		assertThat(this.seedings.progress(plan.name()).orElseThrow().finished()).isTrue();
		assertThat(this.runner.getIfAvailable()).as("the demo run's seeding with haven.demo.cases off").isNull();
		assertThat(this.demoClock.getIfAvailable()).isNull();
		assertThat(this.seedings.progress(DemoCases.SEEDING)).isEmpty();
	}

	@Test
	void a_seeding_stopped_half_way_resumes_with_the_next_case() {
		DemoCaseSeeding.Plan plan = plan(4);
		int[] asked = { 0 };

		int first = this.clock.after(AHEAD.plus(Duration.ofDays(12000)),
				() -> this.seeding.seed(plan, backdating(), () -> asked[0]++ >= 2));
		int rest = this.clock.after(AHEAD.plus(Duration.ofDays(12000)),
				() -> this.seeding.seed(plan, backdating(), () -> false));

		assertThat(first).isEqualTo(2);
		assertThat(rest).isEqualTo(2);
		assertThat(this.seedings.progress(plan.name()).orElseThrow().seeded()).isEqualTo(4);
	}

	/**
	 * Two fresh caseworkers, each the only member of a fresh team, and their supervisor.
	 */
	private DemoCaseSeeding.Plan plan(int cases) {
		String suffix = TestIdentities.letters();
		List<String> caseworkers = List.of("democw-a-" + suffix, "democw-b-" + suffix);
		String supervisor = "demosup-" + suffix;
		account(supervisor, Role.SUPERVISOR);
		for (String caseworker : caseworkers) {
			account(caseworker, Role.CASEWORKER);
			UUID team = this.teams.newTeam("Demo seeding " + caseworker);
			this.teams.member(team, caseworker);
			this.teams.supervisor(team, supervisor);
		}
		return new DemoCaseSeeding.Plan("test-" + UUID.randomUUID(), cases, caseworkers, supervisor, "adam", 17);
	}

	private void account(String username, Role role) {
		TestSecurity.asAdministrator(() -> this.accounts
			.createAccount(new NewUserAccount(username, "Demo Seeding Tester", Set.of(role), "Demo-seeding-2026!x")));
	}

	/** Backdating on the test's clock: only this thread sees the moved time. */
	private Backdating backdating() {
		return new Backdating() {
			@Override
			public <T> T at(Instant moment, Supplier<T> step) {
				return DemoCasesTests.this.clock.after(Duration.between(DemoCasesTests.this.clock.instant(), moment),
						step);
			}
		};
	}

	/**
	 * The research export of the period, released to the plan's supervisor with the
	 * organisation's report scope and downloaded (which deletes its file).
	 */
	private Export exported(DemoCaseSeeding.Plan plan, ReportPeriod period) {
		return this.teams.withOrganisationReportScope(plan.supervisor(),
				() -> TestSecurity.as(plan.supervisor(), "SUPERVISOR", () -> {
					ExportJobId job = this.research.start(period);
					Instant until = Instant.now().plusSeconds(120);
					ExportJobStatus status = this.jobs.status(job).orElseThrow();
					while (status.state() == ExportState.RUNNING && Instant.now().isBefore(until)) {
						sleep();
						status = this.jobs.status(job).orElseThrow();
					}
					assertThat(status.state()).isEqualTo(ExportState.READY);
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					try {
						this.jobs.download(job).orElseThrow().writeTo(bytes);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					return new Export(status.cover(), ResearchExportFiles.dataRows(bytes.toByteArray()));
				}));
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Export(CoverSheet cover, List<Map<String, String>> rows) {
	}

}
