package org.haven.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.haven.casefile.CaseStatistics;
import org.haven.shared.ResearchExportReleased;
import org.haven.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The de-identified export for research, in the shape of the CTDC global dataset: one row
 * per person with live consent to it, registered in the period, k-anonymous under the
 * export's k over the quasi-identifiers, generalised before anyone is left out
 * ({@link KAnonymity}), with a cover sheet that states the k achieved and what was done.
 * It covers the whole organisation, so only a supervisor with the organisation's report
 * scope releases it; it is prepared in the background ({@link ExportJobs}) and its file's
 * SHA-256 goes into the audit trail before anyone can download it.
 */
@Service
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class ResearchExport {

	static final String CONTENT_TYPE = "application/zip";

	private final ResearchRows rows;

	private final ExportRuns runs;

	private final CaseStatistics scope;

	private final DisclosureControl control;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ResearchExport(ResearchRows rows, ExportRuns runs, CaseStatistics scope, DisclosureControl control,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.rows = rows;
		this.runs = runs;
		this.scope = scope;
		this.control = control;
		this.events = events;
		this.transactions = transactions;
	}

	/** Whether the signed-in supervisor may release the export at all. */
	public boolean mayRelease() {
		return this.scope.hasOrganisationReportScope();
	}

	/**
	 * Starts preparing the export of the period in the background; refused without the
	 * organisation's report scope, or while another export is being prepared.
	 */
	public ExportJobId start(ReportPeriod period) {
		if (!mayRelease()) {
			throw new AccessDeniedException("The research export needs the organisation's report scope");
		}
		return this.runs.start(fileName(period), CONTENT_TYPE, new Work(period));
	}

	static String fileName(ReportPeriod period) {
		return "haven-research-export-" + period.from() + "-" + period.to() + ".zip";
	}

	/** The export of one period, as the background run writes it. */
	private final class Work implements ExportWork {

		private final ReportPeriod period;

		Work(ReportPeriod period) {
			this.period = period;
		}

		@Override
		public CoverSheet writeTo(OutputStream file, ExportProgress progress) throws IOException {
			progress.advance(5);
			List<ResearchRecord> consenting = ResearchExport.this.rows.of(this.period);
			progress.advance(40);
			int k = ResearchExport.this.control.exportK();
			KAnonymity.Result result = KAnonymity.anonymise(consenting, k, progress);
			progress.advance(60);
			CoverSheet cover = new CoverSheet(CoverSheet.FORMAT, this.period, consenting.size(), result.kept().size(),
					result.leftOut(), k, result.achievedK(), result.levels());
			CtdcFile.write(file, cover, result.kept(), progress);
			return cover;
		}

		@Override
		public void released(String sha256, @Nullable CoverSheet cover) {
			ResearchExport.this.transactions.executeWithoutResult(
					status -> ResearchExport.this.events.publishEvent(new ResearchExportReleased(this.period.from(),
							this.period.to(), cover.released(), cover.achievedK(), sha256)));
		}

	}

}
