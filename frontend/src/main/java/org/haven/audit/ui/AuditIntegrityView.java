package org.haven.audit.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.haven.access.Roles;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.AuthorizationRowsAudit;
import org.haven.audit.Checkpoint;
import org.haven.audit.VerificationReport;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The integrity check of the whole chain, with its progress and its verdict, the signed
 * checkpoints to export and keep outside Haven, and the check of the rows that grant
 * access.
 */
@Route("audit/integrity")
@RolesAllowed(Roles.AUDITOR)
@Menu(title = "nav.audit-integrity", order = 61)
class AuditIntegrityView extends VerticalLayout implements HasDynamicTitle {

	final Button check = new Button();

	final ProgressBar progress = new ProgressBar();

	final Paragraph verdict = new Paragraph();

	final Grid<Checkpoint> checkpoints = new Grid<>();

	final Anchor export;

	final AuthorizationRowsSection authorizationRows;

	private final AuditWorkspace workspace;

	private final AtomicLong checkedUpTo = new AtomicLong();

	private volatile VerificationReport result;

	private Registration polling;

	AuditIntegrityView(AuditWorkspace workspace, AuthorizationRowsAudit authorizationRowsAudit) {
		this.workspace = workspace;
		this.authorizationRows = new AuthorizationRowsSection(authorizationRowsAudit);
		setId("audit-integrity-view");
		this.check.setText(getTranslation("audit.integrity.check"));
		this.check.setId("check-integrity");
		this.check.addThemeVariants(ButtonVariant.PRIMARY);
		this.check.addClickListener(click -> startCheck());
		this.progress.setIndeterminate(true);
		this.progress.setVisible(false);
		this.verdict.setId("integrity-verdict");

		this.checkpoints.setId("checkpoints");
		this.checkpoints.addColumn(Checkpoint::seq).setHeader(getTranslation("audit.seq")).setKey("seq");
		this.checkpoints.addColumn(checkpoint -> AuditTexts.time(checkpoint.createdAt()))
			.setHeader(getTranslation("audit.time"))
			.setKey("time");
		this.checkpoints.addColumn(checkpoint -> java.util.HexFormat.of().formatHex(checkpoint.chainHead()))
			.setHeader(getTranslation("audit.chain-head"))
			.setKey("head");
		this.checkpoints.setItems(workspace.checkpoints());
		DownloadHandler file = download -> {
			download.setFileName("haven-audit-checkpoints-" + LocalDate.now() + ".txt");
			download.getResponse().setContentType("text/plain; charset=utf-8");
			this.workspace.exportCheckpoints(download.getOutputStream());
		};
		this.export = new Anchor(file, getTranslation("audit.checkpoints.export"));
		this.export.setId("export-checkpoints");

		add(new H1(getTranslation("audit.integrity.title")), new Paragraph(getTranslation("audit.integrity.intro")),
				this.check, this.progress, this.verdict, new H2(getTranslation("audit.checkpoints.title")),
				new Paragraph(getTranslation("audit.checkpoints.intro")), this.export, this.checkpoints);
		add(this.authorizationRows);
	}

	/**
	 * Runs in the background, as the signed-in auditor; the page polls for progress
	 * meanwhile.
	 */
	void startCheck() {
		UI ui = UI.getCurrent();
		Authentication auditor = SecurityContextHolder.getContext().getAuthentication();
		this.check.setEnabled(false);
		this.progress.setVisible(true);
		this.verdict.setText(getTranslation("audit.integrity.running", 0));
		this.result = null;
		ui.setPollInterval(500);
		Thread.ofVirtual().name("audit-integrity-check").start(() -> {
			SecurityContextHolder.getContext().setAuthentication(auditor);
			try {
				VerificationReport report = this.workspace.verifyIntegrity(this.checkedUpTo::set);
				java.util.List<Checkpoint> signed = this.workspace.checkpoints();
				this.result = report;
				ui.access(() -> showResult(report, signed));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.polling = event.getUI().addPollListener(poll -> {
			if (this.result == null && !this.check.isEnabled()) {
				this.verdict.setText(getTranslation("audit.integrity.running", this.checkedUpTo.get()));
			}
		});
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.polling.remove();
		event.getUI().setPollInterval(-1);
	}

	void showResult(VerificationReport report, java.util.List<Checkpoint> signed) {
		UI.getCurrent().setPollInterval(-1);
		this.progress.setVisible(false);
		this.check.setEnabled(true);
		if (report.intact()) {
			this.verdict.setText(getTranslation("audit.integrity.intact", report.eventsChecked(),
					report.checkpointsChecked(), report.lastSeq()));
		}
		else {
			this.verdict.setText(getTranslation("audit.integrity.broken", report.firstBrokenSeq(),
					getTranslation("audit.break." + report.problem().name().toLowerCase(java.util.Locale.ROOT))));
		}
		this.checkpoints.setItems(signed);
	}

	VerificationReport lastResult() {
		return this.result;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.integrity.title");
	}

}
