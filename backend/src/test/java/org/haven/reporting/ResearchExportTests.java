package org.haven.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.AgeBand;
import org.haven.organisation.TeamFixtures;
import org.haven.person.Gender;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The research export over cases registered decades ahead, so that only this test's cases
 * fall in its period: persons with research consent only, 11-anonymous by an independent
 * count of the file, no identity in it, its hash in the audit trail; a cancelled export
 * leaves no file behind; only supervisors start it.
 */
@IntegrationTest
class ResearchExportTests {

	@Autowired
	TeamFixtures teams;

	static final String CAROL = "carol";

	static final String CANARY = "Canaryresearchzq";

	@Autowired
	ResearchExport research;

	@Autowired
	ExportJobs jobs;

	@Autowired
	ExportRuns runs;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	ConsentLedger consent;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void only_consenting_persons_are_exported_in_groups_of_at_least_k_without_identity_and_the_hash_is_audited() {
		Duration ahead = Duration.ofDays(365L * 77 + 30);
		ExportJobStatus ready = this.clock.after(ahead, () -> {
			for (int i = 0; i < 14; i++) {
				consenting(Gender.FEMININE, AgeBand.AGE_18_20, "NG");
				consenting(Gender.MASCULINE, AgeBand.AGE_24_26, "ER");
			}
			consenting(Gender.FEMININE, AgeBand.AGE_9_17, "VN");
			takenIn(Gender.FEMININE, AgeBand.AGE_18_20, "NG");
			return awaitEnd(asSam(() -> this.research.start(ReportPeriod.yearOf(today()))));
		});
		ExportJobId job = ready.id();
		ReportPeriod period = ready.cover().period();

		assertThat(ready.state()).isEqualTo(ExportState.READY);
		assertThat(ready.cover().consenting()).isEqualTo(29);
		assertThat(ready.cover().released() + ready.cover().leftOut()).isEqualTo(29);
		assertThat(ready.cover().released()).isEqualTo(28);
		assertThat(ready.cover().achievedK()).isGreaterThanOrEqualTo(11);
		byte[] file = downloaded(job);
		assertThat(sha256(file)).isEqualTo(ready.sha256());
		Map<String, String> entries = ResearchExportFiles.entries(file);
		List<Map<String, String>> rows = ResearchExportFiles.rows(entries.get(CtdcFile.DATA));
		assertThat(rows).hasSize(ready.cover().released());
		assertThat(ResearchExportFiles.groups(rows).values())
			.allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(11));
		assertThat(rows).allSatisfy(row -> assertThat(row.get("yearOfRegistration"))
			.isIn(Integer.toString(period.from().getYear()), "*", yearSpan(period.from().getYear())));
		String everything = String.join("\n", entries.values());
		assertThat(everything).doesNotContainIgnoringCase(CANARY);
		assertThat(entries.get(CtdcFile.COVER)).contains(CoverSheet.FORMAT).contains("k achieved");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RESEARCH_EXPORT_RELEASED' and reason like ?",
				Long.class, "%sha256=" + ready.sha256()))
			.isEqualTo(1L);
		assertThat(asSam(() -> this.jobs.status(job))).isEmpty();
		assertThat(this.runs.files()).isEmpty();
	}

	@Test
	void an_export_cancelled_half_way_leaves_no_file_behind_and_cannot_be_downloaded() throws InterruptedException {
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch cancelled = new CountDownLatch(1);
		ExportJobId job = asSam(() -> this.runs.start("half.zip", "application/zip", (file, progress) -> {
			file.write(new byte[64 * 1024]);
			progress.advance(50);
			written.countDown();
			awaitQuietly(cancelled);
			progress.advance(60);
			file.write(new byte[64 * 1024]);
			return null;
		}));
		assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.runs.files()).filteredOn(path -> path.getFileName().toString().startsWith(".partial-"))
			.hasSize(1);
		assertThat(asSam(() -> this.jobs.status(job)).orElseThrow().percent()).isEqualTo(50);

		assertThat(asSam(() -> this.jobs.cancel(job))).isTrue();
		cancelled.countDown();

		assertThat(awaitEnd(job).state()).isEqualTo(ExportState.CANCELLED);
		assertThat(this.runs.files()).isEmpty();
		assertThat(asSam(() -> this.jobs.download(job))).isEmpty();
	}

	@Test
	void a_failed_export_leaves_no_file_behind() {
		ExportJobId job = asSam(() -> this.runs.start("failing.zip", "application/zip", (file, progress) -> {
			file.write(new byte[1024]);
			throw new IOException("disk full");
		}));

		assertThat(awaitEnd(job).state()).isEqualTo(ExportState.FAILED);
		assertThat(this.runs.files()).isEmpty();
	}

	@Test
	void another_supervisor_never_sees_the_export_and_only_supervisors_start_one() {
		ExportJobId job = asSam(
				() -> this.research.start(new ReportPeriod(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31))));
		awaitEnd(job);

		assertThat(TestSecurity.as("sue", "SUPERVISOR", () -> this.jobs.status(job))).isEmpty();
		assertThat(TestSecurity.as("sam", "SUPERVISOR", () -> this.research.mayRelease()))
			.as("a supervisor whose report scope is their teams only")
			.isFalse();
		assertThatThrownBy(() -> TestSecurity.as("sam", "SUPERVISOR",
				() -> this.research.start(ReportPeriod.yearOf(LocalDate.now()))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(TestSecurity.as("sue", "SUPERVISOR", () -> this.jobs.download(job))).isEmpty();
		for (String role : Set.of("CASEWORKER", "AUDITOR", "ADMIN")) {
			assertThatThrownBy(() -> TestSecurity.as("someone", role,
					() -> this.research.start(ReportPeriod.yearOf(LocalDate.now()))))
				.isInstanceOf(AccessDeniedException.class);
		}
		asSam(() -> this.jobs.cancel(job));
	}

	private ExportJobStatus awaitEnd(ExportJobId job) {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		ExportJobStatus status = asSam(() -> this.jobs.status(job)).orElseThrow();
		while (status.state() == ExportState.RUNNING && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			status = asSam(() -> this.jobs.status(job)).orElseThrow();
		}
		return status;
	}

	private byte[] downloaded(ExportJobId job) {
		ExportDownload download = asSam(() -> this.jobs.download(job)).orElseThrow();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream target = bytes) {
			download.writeTo(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String yearSpan(int year) {
		int from = year - Math.floorMod(year, 5);
		return from + "-" + (from + 4);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private CaseCode consenting(Gender gender, AgeBand band, String nationality) {
		CaseCode code = takenIn(gender, band, nationality);
		asCarol(() -> this.consent.record(code, 0, TestConsents.givenBySelf(ConsentPurpose.RESEARCH_DEIDENTIFIED_EXPORT,
				"", LocalDate.now(ZoneOffset.UTC))));
		return code;
	}

	private CaseCode takenIn(Gender gender, AgeBand band, String nationality) {
		return this.fixtures.takenInBy(CAROL, TestIdentities.named(CANARY, "Person"),
				new Profile(gender, null, band, nationality, List.of(), null, null, Set.of()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(CAROL, "CASEWORKER", action);
	}

	/**
	 * Sam, granted the organisation's report scope, without which nobody releases the
	 * export.
	 */
	private <T> T asSam(Supplier<T> action) {
		return this.teams.withOrganisationReportScope("sam", () -> TestSecurity.as("sam", "SUPERVISOR", action));
	}

}
