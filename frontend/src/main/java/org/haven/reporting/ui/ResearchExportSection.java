package org.haven.reporting.ui;

import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.haven.reporting.CoverSheet;
import org.haven.reporting.ExportJobId;
import org.haven.reporting.ExportJobStatus;
import org.haven.reporting.ExportJobs;
import org.haven.reporting.ExportState;
import org.haven.reporting.ReportPeriod;
import org.haven.reporting.ResearchExport;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * The de-identified research export, for a supervisor who may release it: a period, the
 * export prepared in the background while the page polls its progress, cancelled at will
 * (and when the page is left), then downloaded once, with the k its cover sheet states
 * and what was shown less precisely ({@link ExportFollowing}).
 */
class ResearchExportSection extends VerticalLayout {

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Button start = new Button();

	final Button cancel = new Button();

	final ProgressBar progress = new ProgressBar(0, 100);

	final Paragraph state = new Paragraph();

	final Paragraph generalised = new Paragraph();

	final Anchor download;

	private final ResearchExport research;

	private final InputProblems problems;

	private final ExportFollowing export;

	ResearchExportSection(ResearchExport research, ExportJobs jobs, int k) {
		this.research = research;
		this.export = new ExportFollowing(this, jobs, this::running, this::ended);
		setId("research-export");
		setPadding(false);
		DatePickers.inUserLanguage(this.from).setId("research-from");
		this.from.setLabel(getTranslation("report.from"));
		DatePickers.inUserLanguage(this.to).setId("research-to");
		this.to.setLabel(getTranslation("report.to"));
		ReportPeriod year = ReportPeriod.yearOf(UserLocale.today());
		this.from.setValue(year.from());
		this.to.setValue(year.to());
		this.start.setId("research-start");
		this.start.setText(getTranslation("research.start"));
		this.start.addThemeVariants(ButtonVariant.PRIMARY);
		this.start.addClickListener(click -> start());
		this.cancel.setId("research-cancel");
		this.cancel.setText(getTranslation("research.cancel"));
		this.cancel.addClickListener(click -> cancel());
		this.cancel.setVisible(false);
		this.progress.setId("research-progress");
		this.progress.setVisible(false);
		this.state.setId("research-state");
		this.generalised.setId("research-generalised");
		this.problems = new InputProblems(this).field("from", this.from).field("to", this.to);
		this.download = new Anchor(this.export.file(), getTranslation("research.download"));
		this.download.setId("research-download");
		this.download.setVisible(false);
		HorizontalLayout period = new HorizontalLayout(this.from, this.to, this.start, this.cancel);
		period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		period.setWrap(true);
		add(new H2(getTranslation("research.title")), new Paragraph(getTranslation("research.intro", k)), period,
				this.progress, this.state, this.generalised, this.download);
	}

	/**
	 * Starts the export of the period chosen; a period refused is shown on its fields.
	 */
	void start() {
		ExportJobId started;
		try {
			ReportPeriod period = new ReportPeriod(this.from.getValue(), this.to.getValue());
			this.problems.clear();
			started = this.research.start(period);
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		this.start.setEnabled(false);
		this.cancel.setVisible(true);
		this.download.setVisible(false);
		this.generalised.setText("");
		this.progress.setValue(0);
		this.progress.setVisible(true);
		this.state.setText(getTranslation("research.running", 0));
		this.export.follow(started);
	}

	void cancel() {
		this.export.cancel();
	}

	/** Shows where the export stands; called on every poll while it runs. */
	void refresh() {
		this.export.refresh();
	}

	private void running(ExportJobStatus status) {
		this.progress.setValue(status.percent());
		this.state.setText(getTranslation("research.running", status.percent()));
	}

	private void ended(ExportState now, Optional<ExportJobStatus> status) {
		this.start.setEnabled(true);
		this.cancel.setVisible(false);
		this.progress.setVisible(false);
		switch (now) {
			case READY -> ready(status.get().cover());
			case FAILED -> this.state.setText(getTranslation("research.failed"));
			default -> this.state.setText(getTranslation("research.cancelled"));
		}
	}

	private void ready(CoverSheet cover) {
		if (cover == null || cover.released() == 0) {
			this.state.setText(getTranslation("research.empty"));
			this.export.cancel();
			return;
		}
		String text = getTranslation("research.ready", cover.released(), cover.achievedK());
		if (cover.leftOut() > 0) {
			text += " " + getTranslation("research.left-out", cover.leftOut());
		}
		this.state.setText(text);
		if (!cover.generalised().isEmpty()) {
			this.generalised.setText(getTranslation("research.generalised",
					cover.generalised()
						.stream()
						.map(identifier -> getTranslation(
								"research.level." + identifier.name() + "." + cover.level(identifier)))
						.collect(Collectors.joining(", "))));
		}
		this.download.setVisible(true);
	}

}
