package org.haven.reporting.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.reporting.Cell;
import org.haven.person.ui.Labels;
import org.haven.reporting.Report;
import org.haven.reporting.ReportFile;
import org.haven.reporting.ReportKind;

/**
 * A report as it leaves the organisation, under the export's k, as CSV or as an Excel
 * workbook: both write the same {@link ExportedTable}s, one after the other under a line
 * naming the report, its period and its k. A hidden figure is the word for hidden, never
 * a number.
 */
final class ReportExports {

	private final Component translator;

	private final ReportLabels labels;

	ReportExports(Component translator, ReportLabels labels) {
		this.translator = translator;
		this.labels = labels;
	}

	/** The two formats a report is exported in. */
	enum Format {

		CSV("csv", "text/csv; charset=utf-8"),
		WORKBOOK("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		final String extension;

		final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

	}

	/**
	 * The file of a report in a format, written in the background in the language of the
	 * page that started it: a fresh {@link ReportExports} each time, so that nothing it
	 * caches is shared with the page.
	 */
	static ReportFile file(ReportKind kind, Format format, UI ui, Supplier<ReportExports> exports) {
		return new ReportFile() {

			@Override
			public String fileName() {
				return "haven-report-" + Labels.kebab(kind.name()) + "." + format.extension;
			}

			@Override
			public String contentType() {
				return format.contentType;
			}

			@Override
			public void write(Report report, OutputStream target) {
				Map<Class<?>, CurrentInstance> before = CurrentInstance.setCurrent(ui);
				try {
					ReportExports writer = exports.get();
					switch (format) {
						case CSV -> writer.csv(report, target);
						case WORKBOOK -> writer.workbook(report, target);
					}
				}
				finally {
					CurrentInstance.restoreInstances(before);
				}
			}

		};
	}

	void csv(Report report, OutputStream target) {
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(target, StandardCharsets.UTF_8),
				CSVFormat.RFC4180)) {
			csv.printRecord(heading(report));
			for (ExportedTable table : tables(report)) {
				csv.println();
				csv.printRecord(table.title());
				csv.printRecord(table.header());
				for (ExportedTable.Line line : table.lines()) {
					List<String> record = new ArrayList<>();
					record.add(line.label());
					line.figures().forEach(figure -> record.add(this.labels.figure(figure)));
					csv.printRecord(record);
				}
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	void workbook(Report report, OutputStream target) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(this.labels.title(report.kind())));
			int at = 0;
			Row heading = sheet.createRow(at++);
			List<String> texts = heading(report);
			for (int column = 0; column < texts.size(); column++) {
				heading.createCell(column).setCellValue(texts.get(column));
			}
			for (ExportedTable table : tables(report)) {
				at++;
				sheet.createRow(at++).createCell(0).setCellValue(table.title());
				Row header = sheet.createRow(at++);
				for (int column = 0; column < table.header().size(); column++) {
					header.createCell(column).setCellValue(table.header().get(column));
				}
				for (ExportedTable.Line line : table.lines()) {
					Row row = sheet.createRow(at++);
					row.createCell(0).setCellValue(line.label());
					for (int column = 0; column < line.figures().size(); column++) {
						org.apache.poi.ss.usermodel.Cell cell = row.createCell(column + 1);
						switch (line.figures().get(column)) {
							case Cell.Shown shown -> cell.setCellValue(shown.count());
							case Cell.Suppressed _ -> cell.setCellValue(this.labels.hidden());
						}
					}
				}
			}
			workbook.write(target);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private List<String> heading(Report report) {
		return List.of(this.labels.title(report.kind()), report.period().from().toString(),
				report.period().to().toString(), this.translator.getTranslation("report.export.k", report.k()));
	}

	private List<ExportedTable> tables(Report report) {
		return report.tables()
			.stream()
			.map(table -> ExportedTable.of(table, this.labels, this.labels.tableTitle(table)))
			.toList();
	}

}
