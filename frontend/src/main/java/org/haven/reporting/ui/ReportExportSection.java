package org.haven.reporting.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.haven.reporting.ExportJobId;
import org.haven.reporting.ExportJobStatus;
import org.haven.reporting.ExportJobs;
import org.haven.reporting.ExportState;
import org.haven.reporting.ReportFile;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

/**
 * The exports of the report shown, CSV or Excel workbook, under the export's k: prepared
 * in the background while the page polls its progress, cancelled at will (and when the
 * page is left, leaving no file), then downloaded once.
 */
class ReportExportSection extends HorizontalLayout {

	final Button csv = new Button();

	final Button workbook = new Button();

	final Button cancel = new Button();

	final ProgressBar progress = new ProgressBar(0, 100);

	final Paragraph state = new Paragraph();

	final Anchor download;

	private final Function<ReportExports.Format, ExportJobId> starter;

	private final ExportFollowing export;

	/** {@code starter} starts the export of the report shown in a format. */
	ReportExportSection(ExportJobs jobs, Function<ReportExports.Format, ExportJobId> starter) {
		this.starter = starter;
		this.export = new ExportFollowing(this, jobs, this::running, this::ended);
		setId("report-export-section");
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		this.csv.setId("report-export");
		this.csv.setText(getTranslation("report.export.csv"));
		this.csv.addClickListener(click -> start(ReportExports.Format.CSV));
		this.workbook.setId("report-export-xlsx");
		this.workbook.setText(getTranslation("report.export.xlsx"));
		this.workbook.addClickListener(click -> start(ReportExports.Format.WORKBOOK));
		this.cancel.setId("report-export-cancel");
		this.cancel.setText(getTranslation("research.cancel"));
		this.cancel.addClickListener(click -> cancel());
		this.cancel.setVisible(false);
		this.progress.setId("report-export-progress");
		this.progress.setWidth("10em");
		this.progress.setVisible(false);
		this.state.setId("report-export-state");
		this.download = new Anchor(this.export.file(), getTranslation("report.export.download"));
		this.download.setId("report-export-download");
		this.download.setVisible(false);
		add(this.csv, this.workbook, this.cancel, this.progress, this.state, this.download);
	}

	void start(ReportExports.Format format) {
		ExportJobId started;
		try {
			started = this.starter.apply(format);
		}
		catch (InvalidInputException refused) {
			new InputProblems(this).show(refused).forEach(Notifications::error);
			return;
		}
		underWay(true);
		this.download.setVisible(false);
		this.progress.setValue(0);
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

	/** Sends the ready file, once: what the download link does. */
	void downloadTo(OutputStream target) throws IOException {
		this.export.ready().orElseThrow().writeTo(target);
	}

	private void running(ExportJobStatus status) {
		this.progress.setValue(status.percent());
		this.state.setText(getTranslation("research.running", status.percent()));
	}

	private void ended(ExportState now, Optional<ExportJobStatus> status) {
		underWay(false);
		switch (now) {
			case READY -> {
				this.state.setText(getTranslation("report.export.ready"));
				this.download.setVisible(true);
			}
			case FAILED -> this.state.setText(getTranslation("research.failed"));
			default -> this.state.setText(getTranslation("research.cancelled"));
		}
	}

	private void underWay(boolean running) {
		this.csv.setEnabled(!running);
		this.workbook.setEnabled(!running);
		this.cancel.setVisible(running);
		this.progress.setVisible(running);
	}

}
