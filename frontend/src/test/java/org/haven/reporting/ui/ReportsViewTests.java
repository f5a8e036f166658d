package org.haven.reporting.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.platform.HavenHome;
import org.haven.reporting.ReportKind;
import org.haven.ui.EChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * The supervisors' report screen: the year so far by default, a period chosen, a period
 * refused on its field, and only figures that disclosure control let through; exports
 * prepared in the background, followed, cancelled, downloaded once.
 */
class ReportsViewTests extends ViewTest {

	@Autowired
	HavenHome home;

	@BeforeEach
	void signInAsSupervisor() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
	}

	@Test
	void the_report_opens_on_this_year_with_both_tables_and_says_what_hidden_means() {
		ReportsView view = (ReportsView) open("reports");

		assertThat(view.from.getValue()).isEqualTo(LocalDate.now().withDayOfYear(1));
		assertThat(byId(Paragraph.class, "report-legend").getText()).contains("fewer than 5 persons");
		Grid<?> bySexAndAge = byId(Grid.class, "report-table-0-grid");
		assertThat(test(bySexAndAge).getCellText(0, 0)).isEqualTo("Female");
		assertThat(byId(Grid.class, "report-table-1-grid")).isNotNull();
		for (int row = 0; row < test(bySexAndAge).size(); row++) {
			for (int column = 1; column < bySexAndAge.getColumns().size(); column++) {
				String text = test(bySexAndAge).getCellText(row, column);
				assertThat(text.equals("hidden") || text.equals("0") || Integer.parseInt(text.replace(",", "")) >= 5)
					.as("row %s column %s: %s", row, column, text)
					.isTrue();
			}
		}
	}

	@Test
	void every_report_shows_a_chart_beside_each_table_drawn_from_the_controlled_table_sending_no_figure_below_k() {
		ReportsView view = (ReportsView) open("reports");

		for (ReportKind kind : ReportKind.values()) {
			test(view.report).selectItem(view.report.getItemLabelGenerator().apply(kind));

			assertThat(view.report.getValue()).isEqualTo(kind);
			assertThat(view.tables.getComponentCount()).as("tables of %s", kind).isPositive();
			for (int index = 0; index < view.tables.getComponentCount(); index++) {
				EChart chart = byId(EChart.class, "report-table-" + index + "-chart");
				assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
				assertThat(byId(Grid.class, "report-table-" + index + "-grid")).isNotNull();
				sendsNoFigureBelow(5, kind + " chart " + index, chart.option());
			}
		}
	}

	@Test
	void every_report_exports_as_an_excel_workbook_with_no_figure_below_the_export_k() throws IOException {
		ReportsView view = (ReportsView) open("reports");

		for (ReportKind kind : ReportKind.values()) {
			test(view.report).selectItem(view.report.getItemLabelGenerator().apply(kind));
			byte[] xlsx = exported(view, ReportExports.Format.WORKBOOK);

			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				Sheet sheet = workbook.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
					.isEqualTo(view.report.getItemLabelGenerator().apply(kind));
				assertThat(sheet.getRow(0).getCell(3).getStringCellValue())
					.isEqualTo("Figures below 11 persons hidden");
				for (Row row : sheet) {
					for (org.apache.poi.ss.usermodel.Cell cell : row) {
						if (cell.getCellType() == CellType.NUMERIC) {
							double count = cell.getNumericCellValue();
							assertThat(count == 0 || count >= 11).as("%s row %s shows %s", kind, row.getRowNum(), count)
								.isTrue();
						}
					}
				}
			}
		}
	}

	/** The chart's data: every number a series sends is 0 or at least k. */
	static void sendsNoFigureBelow(int k, String what, String option) {
		JsonNode series = JsonMapper.builder().build().readTree(option).get("series");
		assertThat(series).as("%s has series", what).isNotNull();
		for (JsonNode bars : series) {
			for (JsonNode figure : bars.get("data")) {
				if (figure.isNumber()) {
					long count = figure.longValue();
					assertThat(count == 0 || count >= k).as("%s sends %s", what, count).isTrue();
				}
				else {
					assertThat(figure.isNull()).as("%s sends %s", what, figure).isTrue();
				}
			}
		}
	}

	@Test
	void a_period_ending_before_it_starts_is_refused_on_its_field_and_the_tables_stay() {
		ReportsView view = (ReportsView) open("reports");
		test(view.from).setValue(LocalDate.of(2026, 5, 1));
		test(view.to).setValue(LocalDate.of(2026, 4, 1));

		test(view.show).click();

		DatePicker to = byId(DatePicker.class, "report-to");
		assertThat(to.isInvalid()).isTrue();
		assertThat(to.getErrorMessage()).isEqualTo("The end of the period cannot come before its start.");
		assertThat(view.tables.getComponentCount()).isEqualTo(2);
	}

	@Test
	void the_export_holds_the_same_tables_under_the_larger_k() throws IOException {
		ReportsView view = (ReportsView) open("reports");

		String text = new String(exported(view, ReportExports.Format.CSV), StandardCharsets.UTF_8);

		assertThat(text).contains("Persons assisted").contains("Figures below 11 persons hidden").contains("Female");
		assertThat(view.exports.download.isVisible()).isTrue();
		assertThat(exportFiles()).isEmpty();
	}

	@Test
	void an_export_shows_its_progress_and_once_cancelled_says_so_and_leaves_no_file() throws IOException {
		ReportsView view = (ReportsView) open("reports");

		test(view.exports.csv).click();

		assertThat(view.exports.progress.isVisible()).isTrue();
		assertThat(view.exports.csv.isEnabled()).isFalse();
		assertThat(view.exports.state.getText()).isEqualTo("Preparing the export: 0 %");
		test(view.exports.cancel).click();
		awaitEnd(view.exports);
		assertThat(view.exports.state.getText()).isEqualTo("The export was cancelled; no file was kept.");
		assertThat(view.exports.progress.isVisible()).isFalse();
		assertThat(view.exports.download.isVisible()).isFalse();
		assertThat(view.exports.csv.isEnabled()).isTrue();
		assertThat(exportFiles()).isEmpty();
	}

	/**
	 * Starts the export of the report shown, follows it as the page's polls would, and
	 * downloads it, once.
	 */
	static byte[] exported(ReportsView view, ReportExports.Format format) throws IOException {
		view.exports.start(format);
		awaitEnd(view.exports);
		assertThat(view.exports.download.isVisible()).as(view.exports.state.getText()).isTrue();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		view.exports.downloadTo(file);
		return file.toByteArray();
	}

	static void awaitEnd(ReportExportSection section) {
		for (int poll = 0; poll < 600 && section.cancel.isVisible(); poll++) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(interrupted);
			}
			section.refresh();
		}
	}

	private List<Path> exportFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.home.directory("exports"))) {
			return files.toList();
		}
	}

}
