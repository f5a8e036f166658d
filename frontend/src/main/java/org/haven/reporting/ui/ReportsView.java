package org.haven.reporting.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.reporting.ControlledTable;
import org.haven.reporting.DisclosureControl;
import org.haven.reporting.ExportJobs;
import org.haven.reporting.Report;
import org.haven.reporting.ReportKind;
import org.haven.reporting.ReportPeriod;
import org.haven.reporting.Reports;
import org.haven.reporting.ResearchExport;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Roles;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * The persons assisted in a period, by sex and age band and by nationality and sex, as
 * disclosure control lets them through: supervisors never reach a person through it. The
 * period is chosen here; the export holds the same tables under the export's k.
 */
@Route("reports")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.reports", order = 30)
class ReportsView extends VerticalLayout implements HasDynamicTitle {

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Button show = new Button();

	final VerticalLayout tables = new VerticalLayout();

	private final Reports reports;

	private final InputProblems problems;

	private final Paragraph legend = new Paragraph();

	private ReportPeriod period;

	ReportsView(Reports reports, ResearchExport research, ExportJobs exports, DisclosureControl control) {
		this.reports = reports;
		setId("reports-view");
		DatePickers.inUserLanguage(this.from).setId("report-from");
		this.from.setLabel(getTranslation("report.from"));
		DatePickers.inUserLanguage(this.to).setId("report-to");
		this.to.setLabel(getTranslation("report.to"));
		ReportPeriod year = ReportPeriod.yearOf(UserLocale.today());
		this.from.setValue(year.from());
		this.to.setValue(year.to());
		this.show.setId("report-show");
		this.show.setText(getTranslation("report.show"));
		this.show.addThemeVariants(ButtonVariant.PRIMARY);
		this.show.addClickListener(click -> show());
		this.problems = new InputProblems(this).field("from", this.from).field("to", this.to);
		DownloadHandler csv = download -> {
			download.setFileName("haven-report-persons-assisted.csv");
			download.getResponse().setContentType("text/csv; charset=utf-8");
			exportTo(download.getOutputStream());
		};
		Anchor export = new Anchor(csv, getTranslation("report.export.csv"));
		export.setId("report-export");
		HorizontalLayout period = new HorizontalLayout(this.from, this.to, this.show, export);
		period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		period.setWrap(true);
		this.tables.setPadding(false);
		this.tables.setId("report-tables");
		this.legend.setId("report-legend");
		add(new H1(getTranslation("report.persons-assisted.title")),
				new Paragraph(getTranslation("report.persons-assisted.intro")), period, this.legend, this.tables);
		if (research.mayRelease()) {
			add(new ResearchExportSection(research, exports, control.exportK()));
		}
		show();
	}

	/**
	 * Reads the report for the period chosen; a period refused is shown on its fields.
	 */
	void show() {
		ReportPeriod chosen;
		try {
			chosen = new ReportPeriod(this.from.getValue(), this.to.getValue());
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		this.problems.clear();
		this.period = chosen;
		Report report = this.reports.read(ReportKind.PERSONS_ASSISTED, chosen);
		this.legend.setText(getTranslation("report.legend", report.k()));
		this.tables.removeAll();
		List<ControlledTable> found = report.tables();
		for (int index = 0; index < found.size(); index++) {
			this.tables.add(new ReportTable("report-table-" + index, found.get(index)));
		}
	}

	/**
	 * The report of the period shown, under the export's k, one table after the other.
	 */
	void exportTo(OutputStream target) {
		Report report = this.reports.export(ReportKind.PERSONS_ASSISTED, this.period);
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(target, StandardCharsets.UTF_8),
				CSVFormat.RFC4180)) {
			csv.printRecord(getTranslation("report.persons-assisted.title"), report.period().from(),
					report.period().to(), getTranslation("report.export.k", report.k()));
			for (ControlledTable table : report.tables()) {
				csv.println();
				List<String> header = new ArrayList<>();
				header.add(ReportLabels.characteristic(this, table.rowsBy()));
				table.columns().forEach(column -> header.add(ReportLabels.value(this, table.columnsBy(), column)));
				header.add(getTranslation("report.total"));
				csv.printRecord(header);
				for (int row = 0; row <= table.rows().size(); row++) {
					List<String> line = new ArrayList<>();
					boolean totals = row == table.rows().size();
					line.add(totals ? getTranslation("report.total")
							: ReportLabels.value(this, table.rowsBy(), table.rows().get(row)));
					for (int column = 0; column < table.columns().size(); column++) {
						line.add(ReportLabels.figure(this,
								totals ? table.columnTotal(column) : table.cell(row, column)));
					}
					line.add(ReportLabels.figure(this, totals ? table.total() : table.rowTotal(row)));
					csv.printRecord(line);
				}
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("report.persons-assisted.title");
	}

}
