package org.haven.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
import org.haven.person.Gender;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
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
	void reading_and_exporting_are_recorded_and_an_export_uses_the_larger_k() {
		long before = recorded();

		Report exported = asSam(() -> this.reports.export(ReportKind.PERSONS_ASSISTED,
				new ReportPeriod(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31))));

		assertThat(exported.k()).isEqualTo(11);
		assertThat(recorded()).isEqualTo(before + 1);
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
		CaseCode code = takenIn(gender, band, nationality);
		asCarol(() -> this.consent.record(code, 0,
				TestConsents.givenBySelf(ConsentPurpose.ANONYMISED_STATISTICS, "", today())));
		return code;
	}

	private CaseCode takenIn(Gender gender, AgeBand band, String nationality) {
		return this.fixtures.takenInBy(CAROL, TestIdentities.named("Counted", "Person"),
				new Profile(gender, null, band, nationality, List.of(), null, null, Set.of()));
	}

	private long recorded() {
		Long count = this.jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT_EXPORTED'",
				Long.class);
		return count == null ? 0 : count;
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
