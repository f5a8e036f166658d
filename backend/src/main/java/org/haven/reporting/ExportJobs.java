package org.haven.reporting;

import java.util.Optional;

import org.haven.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The background exports of the signed-in supervisor, as their screen polls them: how far
 * each has come, cancelling it, and downloading it once, after which its file is gone. An
 * export started by someone else is unknown here.
 */
@Service
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class ExportJobs {

	private final ExportRuns runs;

	ExportJobs(ExportRuns runs) {
		this.runs = runs;
	}

	public Optional<ExportJobStatus> status(ExportJobId id) {
		return this.runs.status(id, signedIn());
	}

	/**
	 * Stops the export at its next step and leaves no file behind; whether there was
	 * anything to cancel.
	 */
	public boolean cancel(ExportJobId id) {
		return this.runs.cancel(id, signedIn());
	}

	/** The ready export, to be sent once. */
	public Optional<ExportDownload> download(ExportJobId id) {
		return this.runs.download(id, signedIn());
	}

	private static String signedIn() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
