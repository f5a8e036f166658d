package org.haven.reporting.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.grid.Grid;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.AssessmentsTests;
import org.haven.assessment.ItemAnswer;
import org.haven.assessment.NewAdministration;
import org.haven.assessment.RiskLevel;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
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
import org.haven.reporting.ReportKind;
import org.haven.ui.EChart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * Canaries planted in every identity and free-text field of a few persons who consented
 * to anonymised statistics (names, phone, document, notes, goals, providers, partners,
 * assessment reasons); a supervisor then opens every report and both its exports. None of
 * what reaches the browser (texts, grid cells, chart data) or leaves in a file holds a
 * canary, and no figure from 1 to k - 1 is shown.
 */
class ReportsCanaryCrawlTests extends ViewTest {

	static final String GIVEN = "Canarygivenrep";

	static final String FAMILY = "Canaryfamilyrep";

	static final String PHONE = "+373 69 424 242";

	static final String DOCUMENT = "CANARYDOC4242";

	static final String NOTE = "Canary note of the reports crawl";

	static final String REASON = "Canary reason of the reports crawl";

	/**
	 * Free text the referral fixtures write: a goal, a provider, a partner's contact and
	 * agreement.
	 */
	static final List<String> FIXTURE_TEXTS = List.of("A safe place far from the city", "a shelter", "intake desk",
			"DSA-2026-07");

	static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])\\d[\\d,]*(?![\\w.-])");

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	ReferralFixtures referrals;

	@Autowired
	CaseService cases;

	@Autowired
	ConsentLedger consent;

	@Autowired
	Assessments assessments;

	@Test
	void no_report_chart_or_export_holds_a_canary_or_a_figure_below_k() throws IOException {
		for (int i = 0; i < 6; i++) {
			plantedIn(i % 2 == 0 ? Gender.FEMININE : Gender.MASCULINE);
		}
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		ReportsView view = (ReportsView) open("reports");

		for (ReportKind kind : ReportKind.values()) {
			test(view.report).selectItem(view.report.getItemLabelGenerator().apply(kind));
			String shown = shown(view);
			byte[] csv = ReportsViewTests.exported(view, ReportExports.Format.CSV);
			byte[] xlsx = ReportsViewTests.exported(view, ReportExports.Format.WORKBOOK);
			String workbook = workbookText(xlsx);

			Map<String, String> received = new LinkedHashMap<>();
			received.put("screen", shown);
			received.put("csv", new String(csv, StandardCharsets.UTF_8));
			received.put("workbook", workbook);
			received.forEach((where, text) -> {
				assertThat(text).as("%s of %s", where, kind)
					.doesNotContain(GIVEN, FAMILY, PHONE, DOCUMENT, NOTE, REASON)
					.doesNotContain(FIXTURE_TEXTS);
			});
			for (int index = 0; index < view.tables.getComponentCount(); index++) {
				ReportsViewTests.sendsNoFigureBelow(5, kind + " chart " + index,
						byId(EChart.class, "report-table-" + index + "-chart").option());
				for (String figure : figures(byId(Grid.class, "report-table-" + index + "-grid"))) {
					assertThat(figure).as("%s table %s", kind, index).satisfies(ReportsCanaryCrawlTests::notBelow5);
				}
			}
			assertThat(numericCells(xlsx)).as("workbook of %s", kind)
				.allSatisfy(count -> assertThat(count == 0 || count >= 11).isTrue());
		}
	}

	/**
	 * A person with canaries in every identity field, a note, a referral (goal, provider,
	 * partner) and assessment reasons, and consent to anonymised statistics.
	 */
	private void plantedIn(Gender gender) {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER,
				TestIdentities.identity(GIVEN, FAMILY, LocalDate.of(1999, 3, 4), PHONE, DOCUMENT), new Profile(gender,
						null, AgeBand.AGE_21_23, "MD", List.of("ro"), null, null, Set.of(VulnerabilityFactor.POVERTY)));
		this.fixtures.noteBy(DemoAccounts.CASEWORKER, code, NOTE, false);
		if (gender == Gender.FEMININE) {
			this.referrals.sentOn(code);
		}
		else {
			this.referrals.shelterToArrange(code);
		}
		TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER", () -> {
			this.consent.record(code, 0,
					TestConsents.givenBySelf(ConsentPurpose.ANONYMISED_STATISTICS, "", LocalDate.now()));
			long version = this.cases.open(code).version();
			version = this.cases
				.changeSituation(code, version,
						new Situation(Answer.of("RECRUITMENT"), Answer.NOT_ASKED, Answer.of("FORCED_LABOUR"),
								Answer.of("PHONE_MONITORING"), Answer.of("SOCIAL_MEDIA"), Answer.of("AGRICULTURE"),
								Answer.of("MD"), Answer.NOT_ASKED, Answer.of("RU"), null, null, Answer.NOT_ASKED))
				.version();
			this.cases.changeNonPunishment(code, version, new NonPunishment(Answer.of("BEGGING"),
					Answer.of("PROSECUTION"), Answer.of("LEGAL_REPRESENTATION"), NonPunishment.Outcome.PENDING));
			this.assessments.record(code, scored(AdministrationKind.BASELINE, 1));
			return this.assessments.record(code, scored(AdministrationKind.ENDLINE, 3));
		});
	}

	private static NewAdministration scored(AdministrationKind kind, int score) {
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		AssessmentsTests.DOMAINS.forEach(domain -> answers.put(domain, ItemAnswer.scored(score, REASON)));
		return new NewAdministration(AssessmentsTests.OUTCOMES_1, kind, LocalDate.now(), RiskLevel.MEDIUM, answers);
	}

	/** Every text of the view, every grid's headers and cells, every chart's option. */
	private String shown(ReportsView view) {
		StringBuilder text = new StringBuilder(view.getElement().getOuterHTML());
		for (int index = 0; index < view.tables.getComponentCount(); index++) {
			Grid<?> grid = byId(Grid.class, "report-table-" + index + "-grid");
			grid.getColumns().forEach(column -> text.append('\n').append(column.getHeaderText()));
			for (int row = 0; row < test(grid).size(); row++) {
				for (int column = 0; column < grid.getColumns().size(); column++) {
					text.append('\n').append(test(grid).getCellText(row, column));
				}
			}
			text.append('\n').append(byId(EChart.class, "report-table-" + index + "-chart").option());
		}
		return text.toString();
	}

	private List<String> figures(Grid<?> grid) {
		List<String> figures = new ArrayList<>();
		for (int row = 0; row < test(grid).size(); row++) {
			for (int column = 1; column < grid.getColumns().size(); column++) {
				figures.add(test(grid).getCellText(row, column));
			}
		}
		return figures;
	}

	private static void notBelow5(String figure) {
		Matcher number = NUMBER.matcher(figure);
		if (number.matches()) {
			long count = Long.parseLong(figure.replace(",", ""));
			assertThat(count == 0 || count >= 5).as("shows %s", count).isTrue();
		}
		else {
			assertThat(figure).isEqualTo("hidden");
		}
	}

	private static String workbookText(byte[] xlsx) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(cell -> text.append(cell).append('\n'));
			}
		}
		return text.toString();
	}

	private static List<Double> numericCells(byte[] xlsx) throws IOException {
		List<Double> counts = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(cell -> {
					if (cell.getCellType() == CellType.NUMERIC) {
						counts.add(cell.getNumericCellValue());
					}
				});
			}
		}
		return counts;
	}

}
