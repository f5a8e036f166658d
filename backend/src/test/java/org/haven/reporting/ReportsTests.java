package org.haven.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.SqlAttacker;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.AssessmentsTests;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.person.VulnerabilityFactor;
import org.haven.referral.ReferralFixtures;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The persons-assisted report over cases opened decades ahead, so that only this test's
 * cases fall in its period: persons who consented to anonymised statistics are counted,
 * each once; nobody else; small counts never show.
 */
@IntegrationTest
class ReportsTests {

	static final String CAROL = "carol";

	static final String STATISTICS_CONSENT_OF_CASE = " where purpose = 'ANONYMISED_STATISTICS'"
			+ " and case_id = (select id from haven.case_file where code = ?)";

	static final String STATISTICS_SEAL = "select seal from haven.consent_record" + STATISTICS_CONSENT_OF_CASE;

	@Autowired
	Reports reports;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	ConsentLedger consent;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseService cases;

	@Autowired
	ReferralFixtures referrals;

	@Autowired
	Assessments assessments;

	@Autowired
	ExportJobs exportJobs;

	@Autowired
	SqlAttacker tampering;

	/**
	 * Six women and six men who consented, a seventh woman who did not, and a seventh
	 * consenting man exploited in another sector, all else alike (coded situation,
	 * services, referrals for the women, assessments): every report counts the twelve and
	 * the seventh man, never the seventh woman, hides the seventh man's sector and shows
	 * no figure below k.
	 */
	@Test
	void every_report_counts_only_consenting_persons_hides_a_small_cell_and_is_recorded() {
		Duration ahead = Duration.ofDays(365L * 60 + 150);
		long before = readsRecorded();
		Map<ReportKind, Report> read = this.clock.after(ahead, () -> {
			for (int i = 0; i < 6; i++) {
				situated(consented(poor(Gender.FEMININE, AgeBand.AGE_18_20)), "AGRICULTURE", true);
				situated(consented(poor(Gender.MASCULINE, AgeBand.AGE_24_26)), "AGRICULTURE", false);
			}
			situated(poor(Gender.FEMININE, AgeBand.AGE_18_20), "AGRICULTURE", true);
			situated(consented(poor(Gender.MASCULINE, AgeBand.AGE_24_26)), "FISHING", false);
			Map<ReportKind, Report> reports = new EnumMap<>(ReportKind.class);
			for (ReportKind kind : ReportKind.values()) {
				reports.put(kind, asSam(() -> this.reports.read(kind, ReportPeriod.yearOf(today()))));
			}
			return reports;
		});

		assertThat(readsRecorded()).isEqualTo(before + ReportKind.values().length);
		read.values().forEach(ReportsTests::showsNoFigureBelowK);
		assertThat(cell(read, ReportKind.SECTORS, 0, "FISHING", "MASCULINE").shown()).isFalse();
		assertThat(cell(read, ReportKind.EXPLOITATION, 0, "FORCED_LABOUR", "FEMININE")).isEqualTo(new Cell.Shown(6));
		assertThat(cell(read, ReportKind.EXPLOITATION, 0, "FORCED_LABOUR", "MASCULINE")).isEqualTo(new Cell.Shown(7));
		assertThat(cell(read, ReportKind.MEANS_OF_CONTROL, 0, "PHONE_MONITORING", "FEMININE"))
			.isEqualTo(new Cell.Shown(6));
		assertThat(cell(read, ReportKind.MEANS_OF_CONTROL, 1, ReportTables.ONLINE, "MASCULINE"))
			.isEqualTo(new Cell.Shown(7));
		assertThat(cell(read, ReportKind.RECRUITMENT, 0, "SOCIAL_MEDIA", "FEMININE")).isEqualTo(new Cell.Shown(6));
		assertThat(table(read, ReportKind.RECRUITMENT, 0).rows()).doesNotContain("IN_PERSON");
		assertThat(table(read, ReportKind.RECRUITMENT, 1).rows()).contains("IN_PERSON").doesNotContain("SOCIAL_MEDIA");
		assertThat(cell(read, ReportKind.RECRUITMENT, 2, ReportTables.ONLINE, "FEMININE")).isEqualTo(new Cell.Shown(6));
		assertThat(cell(read, ReportKind.VULNERABILITY, 0, "POVERTY", "MASCULINE")).isEqualTo(new Cell.Shown(7));
		assertThat(cell(read, ReportKind.NON_PUNISHMENT, 0, "IMMIGRATION_OR_RESIDENCE", "FEMININE"))
			.isEqualTo(new Cell.Shown(6));
		assertThat(cell(read, ReportKind.NON_PUNISHMENT, 1, "POLICE_INVESTIGATION", "MASCULINE"))
			.isEqualTo(new Cell.Shown(7));
		assertThat(cell(read, ReportKind.NON_PUNISHMENT, 2, "LEGAL_INFORMATION", "FEMININE"))
			.isEqualTo(new Cell.Shown(6));
		assertThat(cell(read, ReportKind.NON_PUNISHMENT, 3, "PENDING", "FEMININE")).isEqualTo(new Cell.Shown(6));
		ControlledTable services = table(read, ReportKind.SERVICES, 0);
		assertThat(services.rowTotal(services.rows().indexOf("SAFE_ACCOMMODATION"))).isEqualTo(new Cell.Shown(13));
		ControlledTable referred = table(read, ReportKind.REFERRALS, 0);
		assertThat(referred.rowTotal(referred.rows().indexOf("NGO"))).isEqualTo(new Cell.Shown(6));
		assertThat(referred.columns()).doesNotContain("DRAFT");
		assertThat(cell(read, ReportKind.CASE_FLOW, 0, "OPENED", "FEMININE")).isEqualTo(new Cell.Shown(6));
		assertThat(cell(read, ReportKind.CASE_FLOW, 0, "OPENED", "MASCULINE")).isEqualTo(new Cell.Shown(7));
		assertThat(cell(read, ReportKind.BASELINE_TO_ENDLINE, 0, "SAFETY", "IMPROVED")).isEqualTo(new Cell.Shown(13));
		assertThat(cell(read, ReportKind.BASELINE_TO_ENDLINE, 1, "FEMININE", "IMPROVED")).isEqualTo(new Cell.Shown(6));
		assertThat(cell(read, ReportKind.BASELINE_TO_ENDLINE, 3, "FORCED_LABOUR", "IMPROVED"))
			.isEqualTo(new Cell.Shown(13));
		ControlledTable safetyByAge = read.get(ReportKind.BASELINE_TO_ENDLINE)
			.tables()
			.stream()
			.filter(table -> table.rowsBy().equals(ReportTables.AGE_BAND)
					&& table.columnsOf().equals(Optional.of(new CountTable.Of(ReportTables.DOMAIN, "SAFETY"))))
			.findFirst()
			.orElseThrow();
		assertThat(safetyByAge.cell(safetyByAge.rows().indexOf("AGE_18_20"), safetyByAge.columns().indexOf("IMPROVED")))
			.isEqualTo(new Cell.Shown(6));
	}

	/**
	 * Six women and two men, each one point better in every domain: each domain's change
	 * by sex shows the women and hides the two men, and what it hides cannot be worked
	 * out from the domain's row or the totals. Their consent is withdrawn afterwards, so
	 * that later periods do not count them.
	 */
	@Test
	void the_change_in_each_domain_by_cohort_hides_a_small_cohort() {
		Duration ahead = Duration.ofDays(365L * 56 + 40);
		Report report = this.clock.after(ahead, () -> {
			List<CaseCode> assessed = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				assessed.add(assessed(consented(poor(Gender.FEMININE, AgeBand.AGE_18_20))));
			}
			for (int i = 0; i < 2; i++) {
				assessed.add(assessed(consented(poor(Gender.MASCULINE, AgeBand.AGE_24_26))));
			}
			Report read = asSam(() -> this.reports.read(ReportKind.BASELINE_TO_ENDLINE, ReportPeriod.yearOf(today())));
			assessed.forEach(code -> asCarol(
					() -> this.consent.withdraw(code, ConsentPurpose.ANONYMISED_STATISTICS, "", 1, today(), null)));
			return read;
		});

		showsNoFigureBelowK(report);
		ControlledTable domains = report.tables().getFirst();
		assertThat(domains.rows()).isNotEmpty();
		for (String domain : domains.rows()) {
			ControlledTable bySex = report.tables()
				.stream()
				.filter(table -> table.rowsBy().equals(ReportTables.SEX)
						&& table.columnsOf().equals(Optional.of(new CountTable.Of(ReportTables.DOMAIN, domain))))
				.findFirst()
				.orElseThrow();
			int improved = bySex.columns().indexOf("IMPROVED");
			assertThat(bySex.cell(bySex.rows().indexOf("MASCULINE"), improved).shown()).as(domain).isFalse();
			assertThat(bySex.columnTotal(improved).shown())
				.isEqualTo(domains.cell(domains.rows().indexOf(domain), improved).shown());
			assertThat(report.tables()
				.stream()
				.filter(table -> table.columnsOf().isPresent() && table.columnsOf().get().value().equals(domain)))
				.hasSize(4);
		}
	}

	/**
	 * Fifteen consenting women taken in on one day, each case still open: five are sent
	 * to a shelter that day, five 45 days later, five 90 days later. The report of days
	 * 30 to 60 counts all fifteen (and the still open cases of other tests), but the
	 * shelter and the referral of the middle five only.
	 */
	@Test
	void services_and_referrals_are_counted_only_when_dated_in_the_period() {
		Duration ahead = Duration.ofDays(365L * 52 + 10);
		Report[] read = this.clock.after(ahead, () -> {
			LocalDate first = today();
			List<CaseCode> before = new ArrayList<>();
			List<CaseCode> inside = new ArrayList<>();
			List<CaseCode> after = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				before.add(consented(poor(Gender.FEMININE, AgeBand.AGE_18_20)));
				inside.add(consented(poor(Gender.FEMININE, AgeBand.AGE_18_20)));
				after.add(consented(poor(Gender.FEMININE, AgeBand.AGE_18_20)));
			}
			before.forEach(this.referrals::sentOn);
			this.clock.after(Duration.ofDays(45), () -> inside.stream().map(this.referrals::sentOn).toList());
			this.clock.after(Duration.ofDays(90), () -> after.stream().map(this.referrals::sentOn).toList());
			ReportPeriod period = new ReportPeriod(first.plusDays(30), first.plusDays(60));
			return this.clock.after(Duration.ofDays(100),
					() -> asSam(() -> new Report[] { this.reports.read(ReportKind.SERVICES, period),
							this.reports.read(ReportKind.REFERRALS, period),
							this.reports.read(ReportKind.PERSONS_ASSISTED, period) }));
		});

		assertThat(read[2].tables().getFirst().total()).isInstanceOfSatisfying(Cell.Shown.class,
				counted -> assertThat(counted.count()).isGreaterThanOrEqualTo(15));
		ControlledTable services = read[0].tables().getFirst();
		assertThat(services.rowTotal(services.rows().indexOf("SAFE_ACCOMMODATION"))).isEqualTo(new Cell.Shown(5));
		assertThat(services.total()).isEqualTo(new Cell.Shown(5));
		ControlledTable referred = read[1].tables().getFirst();
		assertThat(referred.rowTotal(referred.rows().indexOf("NGO"))).isEqualTo(new Cell.Shown(5));
		assertThat(referred.total()).isEqualTo(new Cell.Shown(5));
	}

	/**
	 * Carol records the coded situation (online control and recruitment), the
	 * non-punishment record, a shelter to arrange (sent to a partner for women, whom it
	 * takes in) and a baseline and an endline one point better in every domain.
	 */
	private void situated(CaseCode code, String sector, boolean referred) {
		if (referred) {
			this.referrals.sentOn(code);
		}
		else {
			this.referrals.shelterToArrange(code);
		}
		asCarol(() -> {
			long version = this.cases.open(code).version();
			version = this.cases.changeSituation(code, version,
					new Situation(Answer.of("RECRUITMENT"), Answer.NOT_ASKED, Answer.of("FORCED_LABOUR"),
							Answer.of("PHONE_MONITORING"), Answer.of("SOCIAL_MEDIA", "IN_PERSON"), Answer.of(sector),
							Answer.NOT_ASKED, Answer.NOT_ASKED, Answer.NOT_ASKED, null, null, Answer.NOT_ASKED))
				.version();
			this.cases.changeNonPunishment(code, version, new NonPunishment(Answer.of("IMMIGRATION_OR_RESIDENCE"),
					Answer.of("POLICE_INVESTIGATION"), Answer.of("LEGAL_INFORMATION"), NonPunishment.Outcome.PENDING));
			this.assessments.record(code, AssessmentsTests.outcomes(AdministrationKind.BASELINE, today(), 2));
			return this.assessments.record(code, AssessmentsTests.outcomes(AdministrationKind.ENDLINE, today(), 3));
		});
	}

	/**
	 * Carol records consent to case management, a baseline and an endline one point
	 * better.
	 */
	private CaseCode assessed(CaseCode code) {
		asCarol(() -> {
			this.consent.record(code, 0,
					TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", today()));
			this.assessments.record(code, AssessmentsTests.outcomes(AdministrationKind.BASELINE, today(), 2));
			return this.assessments.record(code, AssessmentsTests.outcomes(AdministrationKind.ENDLINE, today(), 3));
		});
		return code;
	}

	private CaseCode poor(Gender gender, AgeBand band) {
		return takenIn(gender, band, "NG", Set.of(VulnerabilityFactor.POVERTY));
	}

	private static ControlledTable table(Map<ReportKind, Report> read, ReportKind kind, int table) {
		return read.get(kind).tables().get(table);
	}

	private static Cell cell(Map<ReportKind, Report> read, ReportKind kind, int index, String row, String column) {
		ControlledTable table = table(read, kind, index);
		assertThat(table.rows()).as("%s table %s", kind, index).contains(row);
		assertThat(table.columns()).as("%s table %s", kind, index).contains(column);
		return table.cell(table.rows().indexOf(row), table.columns().indexOf(column));
	}

	/** No cell, total or grand total of any table shows a count from 1 to k - 1. */
	static void showsNoFigureBelowK(Report report) {
		for (ControlledTable table : report.tables()) {
			for (int row = 0; row <= table.rows().size(); row++) {
				for (int column = 0; column <= table.columns().size(); column++) {
					if (DisclosureControlProperties.Grid.cell(table,
							new int[] { row, column }) instanceof Cell.Shown shown) {
						assertThat(shown.count() == 0 || shown.count() >= report.k())
							.as("%s %s x %s shows %s", report.kind(), table.rowsBy(), table.columnsBy(), shown.count())
							.isTrue();
					}
				}
			}
		}
	}

	private long readsRecorded() {
		Long count = this.jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT_READ'",
				Long.class);
		return count == null ? 0 : count;
	}

	@Test
	void only_persons_with_live_consent_to_statistics_are_counted_each_once_by_sex_and_age_band() {
		Duration ahead = Duration.ofDays(365L * 40 + 100);
		Report report = this.clock.after(ahead, () -> {
			for (int i = 0; i < 6; i++) {
				consenting(Gender.FEMININE, AgeBand.AGE_18_20, "NG");
				consenting(Gender.MASCULINE, AgeBand.AGE_24_26, "ER");
			}
			takenIn(Gender.FEMININE, AgeBand.AGE_18_20, "NG");
			CaseCode withdrawn = consenting(Gender.MASCULINE, AgeBand.AGE_24_26, "ER");
			asCarol(() -> this.consent.withdraw(withdrawn, ConsentPurpose.ANONYMISED_STATISTICS, "", 1, today(), null));
			return asSam(() -> this.reports.read(ReportKind.PERSONS_ASSISTED, ReportPeriod.yearOf(today())));
		});

		ControlledTable bySexAndAge = report.tables().getFirst();
		int feminine = bySexAndAge.rows().indexOf("FEMININE");
		int masculine = bySexAndAge.rows().indexOf("MASCULINE");
		assertThat(bySexAndAge.cell(feminine, bySexAndAge.columns().indexOf("AGE_18_20"))).isEqualTo(new Cell.Shown(6));
		assertThat(bySexAndAge.cell(masculine, bySexAndAge.columns().indexOf("AGE_24_26")))
			.isEqualTo(new Cell.Shown(6));
		assertThat(bySexAndAge.total()).isEqualTo(new Cell.Shown(12));
		ControlledTable byNationality = report.tables().get(1);
		assertThat(byNationality.rows()).containsExactly("ER", "NG");
		assertThat(byNationality.total()).isEqualTo(new Cell.Shown(12));
		assertThat(report.k()).isEqualTo(5);
	}

	/**
	 * Twelve consenting persons, then two rows changed in SQL: one case's team seal
	 * replaced by its link's, and one statistics consent given another case's seal. The
	 * report counts the ten others and reports both failures. The rows are put back
	 * after, and every consent withdrawn, so that later periods do not count these
	 * persons.
	 */
	@Test
	void a_case_or_a_consent_whose_seal_fails_is_not_counted_and_the_failure_is_reported() {
		Duration ahead = Duration.ofDays(365L * 88 + 20);
		JdbcTemplate administrator = this.tampering.asDatabaseAdministrator();
		List<CaseCode> consenting = new ArrayList<>();
		Report report = this.clock.after(ahead, () -> {
			for (int i = 0; i < 6; i++) {
				consenting.add(consenting(Gender.FEMININE, AgeBand.AGE_18_20, "NG"));
				consenting.add(consenting(Gender.MASCULINE, AgeBand.AGE_24_26, "ER"));
			}
			String movedCase = consenting.get(0).value();
			String forgedConsent = consenting.get(1).value();
			byte[] teamSeal = administrator.queryForObject("select team_seal from haven.case_file where code = ?",
					byte[].class, movedCase);
			byte[] consentSeal = administrator.queryForObject(STATISTICS_SEAL, byte[].class, forgedConsent);
			try {
				administrator.update("update haven.case_file set team_seal = seal where code = ?", movedCase);
				administrator.update(
						"update haven.consent_record set seal = (" + STATISTICS_SEAL + ")" + STATISTICS_CONSENT_OF_CASE,
						consenting.get(2).value(), forgedConsent);
				return asSam(() -> this.reports.read(ReportKind.PERSONS_ASSISTED, ReportPeriod.yearOf(today())));
			}
			finally {
				administrator.update("update haven.case_file set team_seal = ? where code = ?", teamSeal, movedCase);
				administrator.update("update haven.consent_record set seal = ?" + STATISTICS_CONSENT_OF_CASE,
						consentSeal, forgedConsent);
				consenting.forEach(code -> asCarol(
						() -> this.consent.withdraw(code, ConsentPurpose.ANONYMISED_STATISTICS, "", 1, today(), null)));
			}
		});

		assertThat(report.tables().getFirst().total()).isEqualTo(new Cell.Shown(10));
		assertThat(this.jdbc.queryForList(
				"select distinct subject_id from audit_event where action = 'INTEGRITY_CHECK_FAILED' and subject_id in (?, ?)",
				String.class, consenting.get(0).value(), consenting.get(1).value()))
			.containsExactlyInAnyOrder(consenting.get(0).value(), consenting.get(1).value());
	}

	@Test
	void one_child_in_the_period_is_suppressed_and_cannot_be_worked_out_from_the_totals() {
		Duration ahead = Duration.ofDays(365L * 45 + 200);
		Report report = this.clock.after(ahead, () -> {
			for (int i = 0; i < 6; i++) {
				consenting(Gender.FEMININE, AgeBand.AGE_18_20, "NG");
				consenting(Gender.MASCULINE, AgeBand.AGE_24_26, "NG");
			}
			consenting(Gender.FEMININE, AgeBand.AGE_9_17, "ER");
			return asSam(() -> this.reports.read(ReportKind.PERSONS_ASSISTED, ReportPeriod.yearOf(today())));
		});

		ControlledTable bySexAndAge = report.tables().getFirst();
		assertThat(bySexAndAge.cell(bySexAndAge.rows().indexOf("FEMININE"), bySexAndAge.columns().indexOf("AGE_9_17"))
			.shown()).isFalse();
		ControlledTable byNationality = report.tables().get(1);
		assertThat(byNationality.rowTotal(byNationality.rows().indexOf("ER")).shown()).isFalse();
		for (ControlledTable table : report.tables()) {
			for (int row = 0; row <= table.rows().size(); row++) {
				for (int column = 0; column <= table.columns().size(); column++) {
					Cell cell = DisclosureControlProperties.Grid.cell(table, new int[] { row, column });
					if (cell instanceof Cell.Shown shown) {
						assertThat(shown.count() == 0 || shown.count() >= 5).isTrue();
					}
				}
			}
		}
	}

	@Test
	void an_export_is_written_in_the_background_and_its_file_hash_recorded_before_it_can_be_downloaded()
			throws Exception {
		ReportPeriod period = new ReportPeriod(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31));
		ReportFile file = new ReportFile() {

			@Override
			public String fileName() {
				return "report.txt";
			}

			@Override
			public String contentType() {
				return "text/plain";
			}

			@Override
			public void write(Report report, OutputStream target) throws IOException {
				target.write((report.kind() + " k=" + report.k()).getBytes(StandardCharsets.UTF_8));
			}

		};

		ExportJobId job = asSam(() -> this.reports.startExport(ReportKind.PERSONS_ASSISTED, period, file));
		ExportJobStatus status = asSam(() -> this.exportJobs.status(job)).orElseThrow();
		for (int poll = 0; poll < 400 && status.state() == ExportState.RUNNING; poll++) {
			Thread.sleep(25);
			status = asSam(() -> this.exportJobs.status(job)).orElseThrow();
		}

		assertThat(status.state()).isEqualTo(ExportState.READY);
		String sha256 = status.sha256();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REPORT_EXPORTED' and reason = ?", Long.class,
				"2002-01-01..2002-12-31, k=11, sha256=" + sha256))
			.isEqualTo(1);
		ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
		asSam(() -> {
			try {
				this.exportJobs.download(job).orElseThrow().writeTo(downloaded);
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
			return null;
		});
		assertThat(downloaded.toString(StandardCharsets.UTF_8)).isEqualTo("PERSONS_ASSISTED k=11");
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded.toByteArray())))
			.isEqualTo(sha256);
		assertThat(asSam(() -> this.exportJobs.download(job))).isEmpty();
	}

	@Test
	void a_period_ending_before_it_starts_or_without_a_day_is_refused_on_its_fields() {
		assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::field).containsExactly("to"));
		assertThatThrownBy(() -> new ReportPeriod(null, null)).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems()).extracting(Problem::field).containsExactly("from", "to"));
	}

	@Test
	void only_supervisors_read_reports() {
		for (String role : Set.of("CASEWORKER", "AUDITOR", "ADMIN")) {
			assertThatThrownBy(() -> TestSecurity.as("someone", role,
					() -> this.reports.read(ReportKind.PERSONS_ASSISTED, ReportPeriod.yearOf(LocalDate.now()))))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	private CaseCode consenting(Gender gender, AgeBand band, String nationality) {
		return consented(takenIn(gender, band, nationality));
	}

	private CaseCode consented(CaseCode code) {
		asCarol(() -> this.consent.record(code, 0,
				TestConsents.givenBySelf(ConsentPurpose.ANONYMISED_STATISTICS, "", today())));
		return code;
	}

	private CaseCode takenIn(Gender gender, AgeBand band, String nationality) {
		return takenIn(gender, band, nationality, Set.of());
	}

	private CaseCode takenIn(Gender gender, AgeBand band, String nationality, Set<VulnerabilityFactor> factors) {
		return this.fixtures.takenInBy(CAROL, TestIdentities.named("Counted", "Person"),
				new Profile(gender, null, band, nationality, List.of(), null, null, factors));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(CAROL, "CASEWORKER", action);
	}

	private static <T> T asSam(Supplier<T> action) {
		return TestSecurity.as("sam", "SUPERVISOR", action);
	}

}
