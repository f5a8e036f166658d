package org.haven.reporting.ui;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import org.haven.reporting.ExportDownload;
import org.haven.reporting.ExportJobId;
import org.haven.reporting.ExportJobStatus;
import org.haven.reporting.ExportJobs;
import org.haven.reporting.ExportState;

/**
 * One background export followed from a section of a page: its status polled while it
 * runs, its end told once, its file downloaded once, and the export cancelled when the
 * section is left, since nobody could reach it then.
 */
final class ExportFollowing {

	static final int POLL_MILLIS = 1000;

	private final ExportJobs jobs;

	private final Consumer<ExportJobStatus> running;

	private final BiConsumer<ExportState, Optional<ExportJobStatus>> ended;

	private ExportJobId job;

	private boolean following;

	private Registration polling;

	ExportFollowing(Component section, ExportJobs jobs, Consumer<ExportJobStatus> running,
			BiConsumer<ExportState, Optional<ExportJobStatus>> ended) {
		this.jobs = jobs;
		this.running = running;
		this.ended = ended;
		section.addAttachListener(attach -> this.polling = attach.getUI().addPollListener(poll -> refresh()));
		section.addDetachListener(detach -> {
			if (this.polling != null) {
				this.polling.remove();
			}
			detach.getUI().setPollInterval(-1);
			cancel();
		});
	}

	void follow(ExportJobId started) {
		this.job = started;
		this.following = true;
		UI.getCurrent().setPollInterval(POLL_MILLIS);
	}

	/** Stops the export at its next step, or deletes its ready file. */
	void cancel() {
		if (this.job != null) {
			this.jobs.cancel(this.job);
		}
	}

	/** Tells where the export stands; called on every poll while it runs. */
	void refresh() {
		if (!this.following) {
			return;
		}
		Optional<ExportJobStatus> found = this.jobs.status(this.job);
		ExportState now = found.map(ExportJobStatus::state).orElse(ExportState.CANCELLED);
		if (now == ExportState.RUNNING) {
			this.running.accept(found.get());
			return;
		}
		this.following = false;
		UI.getCurrent().setPollInterval(-1);
		this.ended.accept(now, found);
	}

	/** What the section's download link sends: the ready file, once, or "not found". */
	DownloadHandler file() {
		return download -> {
			Optional<ExportDownload> ready = ready();
			if (ready.isEmpty()) {
				download.getResponse().setStatus(404);
				return;
			}
			download.setFileName(ready.get().fileName());
			download.getResponse().setContentType(ready.get().contentType());
			ready.get().writeTo(download.getOutputStream());
		};
	}

	/** The ready file, to be sent once. */
	Optional<ExportDownload> ready() {
		return this.job == null ? Optional.empty() : this.jobs.download(this.job);
	}

}
