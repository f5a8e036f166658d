package org.haven.audit.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.AuthorizationRowsAudit;
import org.haven.audit.Checkpoint;
import org.haven.audit.CheckpointFile;
import org.haven.audit.SealerStatus;
import org.haven.audit.VerificationReport;
import org.haven.shared.Roles;
import org.haven.ui.UserLocale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The integrity check of the whole chain, with its progress and its verdict; what this
 * node's sealer is doing, and whether it refuses because it found the chain broken; a
 * check from an uploaded checkpoint file kept outside Haven; the signed checkpoints and
 * this node's witness, to export and keep elsewhere; and the check of the rows that grant
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

	final Anchor exportWitness;

	final Paragraph sealer = new Paragraph();

	final Upload upload;

	final Paragraph uploadProblem = new Paragraph();

	final AuthorizationRowsSection authorizationRows;

	private final AuditWorkspace workspace;

	private final AtomicLong checkedUpTo = new AtomicLong();

	private volatile VerificationReport result;

	private Registration polling;

	private final Authentication auditor = SecurityContextHolder.getContext().getAuthentication();

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
		this.checkpoints.addColumn(Checkpoint::position).setHeader(getTranslation("audit.position")).setKey("position");
		this.checkpoints.addColumn(checkpoint -> UserLocale.preciseDateTime(checkpoint.createdAt()))
			.setHeader(getTranslation("audit.time"))
			.setKey("time");
		this.checkpoints.addColumn(checkpoint -> HexFormat.of().formatHex(checkpoint.chainHead()))
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
		DownloadHandler witness = download -> {
			download.setFileName("haven-audit-witness-" + LocalDate.now() + ".txt");
			download.getResponse().setContentType("text/plain; charset=utf-8");
			this.workspace.exportWitness(download.getOutputStream());
		};
		this.exportWitness = new Anchor(witness, getTranslation("audit.witness.export"));
		this.exportWitness.setId("export-witness");
		this.sealer.setId("sealer-status");
		showSealer(workspace.sealerStatus());

		this.upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
			UI ui = UI.getCurrent();
			CheckpointFile trusted = parse(bytes);
			ui.access(() -> {
				this.uploadProblem.setText(trusted == null ? getTranslation("audit.upload.invalid") : "");
				if (trusted != null) {
					startCheck(trusted);
				}
			});
		}));
		this.upload.setId("upload-checkpoints");
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(16 * 1024 * 1024);
		this.upload.setAcceptedFileTypes("text/plain", ".txt");
		this.upload.setUploadButton(new Button(getTranslation("audit.upload.button")));
		this.uploadProblem.setId("upload-problem");

		add(new H1(getTranslation("audit.integrity.title")), new Paragraph(getTranslation("audit.integrity.intro")),
				this.sealer, this.check, this.progress, this.verdict, new H2(getTranslation("audit.upload.title")),
				new Paragraph(getTranslation("audit.upload.intro")), this.upload, this.uploadProblem,
				new H2(getTranslation("audit.checkpoints.title")),
				new Paragraph(getTranslation("audit.checkpoints.intro")), this.export, this.exportWitness,
				this.checkpoints);
		add(this.authorizationRows);
	}

	private static CheckpointFile parse(byte[] bytes) {
		try {
			CheckpointFile file = CheckpointFile.parse(new String(bytes, StandardCharsets.UTF_8));
			return file.publicKeyset() == null || file.checkpoints().isEmpty() ? null : file;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Runs in the background, as the signed-in auditor; the page polls for progress
	 * meanwhile.
	 */
	void startCheck() {
		startCheck(null);
	}

	/** From the start, or from the newest checkpoint of an uploaded file. */
	private void startCheck(CheckpointFile trusted) {
		UI ui = UI.getCurrent();
		Authentication auditor = this.auditor;
		this.check.setEnabled(false);
		this.progress.setVisible(true);
		this.verdict.setText(getTranslation("audit.integrity.running", 0));
		this.result = null;
		ui.setPollInterval(500);
		Thread.ofVirtual().name("audit-integrity-check").start(() -> {
			SecurityContextHolder.getContext().setAuthentication(auditor);
			try {
				VerificationReport report = trusted == null ? this.workspace.verifyIntegrity(this.checkedUpTo::set)
						: this.workspace.verifyFrom(trusted, this.checkedUpTo::set);
				SealerStatus status = this.workspace.sealerStatus();
				List<Checkpoint> signed = this.workspace.checkpoints();
				this.result = report;
				ui.access(() -> {
					showResult(report, signed);
					showSealer(status);
				});
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

	void showResult(VerificationReport report, List<Checkpoint> signed) {
		UI.getCurrent().setPollInterval(-1);
		this.progress.setVisible(false);
		this.check.setEnabled(true);
		StringBuilder text = new StringBuilder();
		if (report.removedByRetention() != null) {
			VerificationReport.Removal removed = report.removedByRetention();
			text.append(getTranslation("audit.integrity.removed", removed.firstPosition(), removed.lastPosition(),
					removed.events(), UserLocale.preciseDateTime(removed.lastAppliedAt())))
				.append(' ');
		}
		if (report.intact()) {
			text.append(getTranslation("audit.integrity.intact", report.eventsChecked(), report.checkpointsChecked(),
					report.lastPosition()));
			if (report.notYetSealed() > 0) {
				text.append(' ').append(getTranslation("audit.integrity.unsealed", report.notYetSealed()));
			}
		}
		else {
			String kind = breakText(report.problem());
			text.append(report.brokenEventSeq() < 0
					? getTranslation("audit.integrity.broken", report.firstBrokenPosition(), kind)
					: getTranslation("audit.integrity.broken-event", report.firstBrokenPosition(),
							report.brokenEventSeq(), kind));
		}
		this.verdict.setText(text.toString());
		this.checkpoints.setItems(signed);
	}

	void showSealer(SealerStatus status) {
		String text = switch (status.state()) {
			case STARTING -> getTranslation("audit.sealer.starting");
			case OFF -> getTranslation("audit.sealer.off");
			case SEALING -> getTranslation("audit.sealer.sealing", status.position());
			case REFUSING -> getTranslation("audit.sealer.refusing", status.position(),
					UserLocale.preciseDateTime(status.since()), breakText(status.problem()));
		};
		if (status.startedWithoutWitness()) {
			text += " " + getTranslation("audit.sealer.no-witness");
		}
		this.sealer.setText(text);
	}

	private String breakText(VerificationReport.Break problem) {
		return getTranslation("audit.break." + problem.name().toLowerCase(Locale.ROOT));
	}

	VerificationReport lastResult() {
		return this.result;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.integrity.title");
	}

}
