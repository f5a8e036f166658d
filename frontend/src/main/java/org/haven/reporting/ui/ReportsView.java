package org.haven.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.assessment.Instruments;
import org.haven.reference.ReferenceData;
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
 * The anonymised reports, one at a time: the report and the period are chosen here, each
 * table shown with a chart beside it, as disclosure control lets them through, so that
 * supervisors never reach a person through them. The exports, CSV or Excel workbook, hold
 * the same tables under the export's k, prepared in the background
 * ({@link ReportExportSection}).
 */
@Route("reports")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.reports", order = 30)
class ReportsView extends VerticalLayout implements HasDynamicTitle {

	final Select<ReportKind> report = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Button show = new Button();

	final VerticalLayout tables = new VerticalLayout();

	private final Reports reports;

	private final ReportLabels labels;

	final ReportExportSection exports;

	private final InputProblems problems;

	private final H1 title = new H1();

	private final Paragraph intro = new Paragraph();

	private final Paragraph legend = new Paragraph();

	private ReportKind shown = ReportKind.PERSONS_ASSISTED;

	private ReportPeriod period;

	ReportsView(Reports reports, ReferenceData reference, Instruments instruments, ResearchExport research,
			ExportJobs exportJobs, DisclosureControl control) {
		this.reports = reports;
		this.labels = new ReportLabels(this, reference, instruments);
		setId("reports-view");
		this.report.setId("report-kind");
		this.report.setLabel(getTranslation("report.kind"));
		this.report.setItems(ReportKind.values());
		this.report.setItemLabelGenerator(this.labels::title);
		this.report.setValue(this.shown);
		this.report.addValueChangeListener(change -> show());
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
		this.exports = new ReportExportSection(exportJobs,
				format -> reports.startExport(this.shown, this.period,
						ReportExports.file(this.shown, format, UI.getCurrent(),
								() -> new ReportExports(this, new ReportLabels(this, reference, instruments)))));
		HorizontalLayout choice = new HorizontalLayout(this.report, this.from, this.to, this.show, this.exports);
		choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		choice.setWrap(true);
		this.tables.setPadding(false);
		this.tables.setId("report-tables");
		this.intro.setId("report-intro");
		this.legend.setId("report-legend");
		add(this.title, this.intro, choice, this.legend, this.tables);
		if (research.mayRelease()) {
			add(new ResearchExportSection(research, exportJobs, control.exportK()));
		}
		show();
	}

	/**
	 * Reads the report chosen for the period chosen; a period refused is shown on its
	 * fields, and the tables shown stay.
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
		this.shown = this.report.getValue() == null ? ReportKind.PERSONS_ASSISTED : this.report.getValue();
		Report read = this.reports.read(this.shown, chosen);
		this.title.setText(this.labels.title(this.shown));
		this.intro.setText(this.labels.intro(this.shown));
		this.legend.setText(getTranslation("report.legend", read.k()));
		this.tables.removeAll();
		List<ControlledTable> found = read.tables();
		for (int index = 0; index < found.size(); index++) {
			this.tables.add(new ReportTable("report-table-" + index, found.get(index), this.labels));
		}
		getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
	}

	@Override
	public String getPageTitle() {
		return this.labels.title(this.shown);
	}

}
