package org.haven.reporting.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import org.haven.reporting.ExportDownload;
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

	private final ExportJobs jobs;

	private final Function<ReportExports.Format, ExportJobId> starter;

	private ExportJobId job;

	private Registration polling;

	/** {@code starter} starts the export of the report shown in a format. */
	ReportExportSection(ExportJobs jobs, Function<ReportExports.Format, ExportJobId> starter) {
		this.jobs = jobs;
		this.starter = starter;
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
		DownloadHandler file = download -> {
			Optional<ExportDownload> ready = ready();
			if (ready.isEmpty()) {
				download.getResponse().setStatus(404);
				return;
			}
			download.setFileName(ready.get().fileName());
			download.getResponse().setContentType(ready.get().contentType());
			ready.get().writeTo(download.getOutputStream());
			this.job = null;
		};
		this.download = new Anchor(file, getTranslation("report.export.download"));
		this.download.setId("report-export-download");
		this.download.setVisible(false);
		add(this.csv, this.workbook, this.cancel, this.progress, this.state, this.download);
	}

	void start(ReportExports.Format format) {
		try {
			this.job = this.starter.apply(format);
		}
		catch (InvalidInputException refused) {
			new InputProblems(this).show(refused).forEach(Notifications::error);
			return;
		}
		running(true);
		this.download.setVisible(false);
		this.progress.setValue(0);
		this.state.setText(getTranslation("research.running", 0));
		UI.getCurrent().setPollInterval(ResearchExportSection.POLL_MILLIS);
	}

	void cancel() {
		if (this.job != null) {
			this.jobs.cancel(this.job);
		}
	}

	/** Shows where the export stands; called on every poll while it runs. */
	void refresh() {
		if (this.job == null || !this.cancel.isVisible()) {
			return;
		}
		Optional<ExportJobStatus> found = this.jobs.status(this.job);
		ExportState now = found.map(ExportJobStatus::state).orElse(ExportState.CANCELLED);
		if (now == ExportState.RUNNING) {
			this.progress.setValue(found.get().percent());
			this.state.setText(getTranslation("research.running", found.get().percent()));
			return;
		}
		UI.getCurrent().setPollInterval(-1);
		running(false);
		switch (now) {
			case READY -> {
				this.state.setText(getTranslation("report.export.ready"));
				this.download.setVisible(true);
			}
			case FAILED -> this.state.setText(getTranslation("research.failed"));
			default -> this.state.setText(getTranslation("research.cancelled"));
		}
	}

	/** Sends the ready file, once: what the download link does. */
	void downloadTo(OutputStream target) throws IOException {
		ExportDownload ready = ready().orElseThrow();
		ready.writeTo(target);
		this.job = null;
	}

	private Optional<ExportDownload> ready() {
		return this.job == null ? Optional.empty() : this.jobs.download(this.job);
	}

	private void running(boolean running) {
		this.csv.setEnabled(!running);
		this.workbook.setEnabled(!running);
		this.cancel.setVisible(running);
		this.progress.setVisible(running);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.polling = event.getUI().addPollListener(poll -> refresh());
	}

	/** Nobody could reach an export of a page left behind: it is cancelled. */
	@Override
	protected void onDetach(DetachEvent event) {
		if (this.polling != null) {
			this.polling.remove();
		}
		event.getUI().setPollInterval(-1);
		cancel();
	}

}
