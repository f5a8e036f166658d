package org.haven.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.haven.casefile.DraftId;
import org.haven.casefile.ui.CaseNavigation;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.referral.ImportedFile;
import org.haven.referral.IncomingReferral;
import org.haven.referral.IncomingReferralId;
import org.haven.referral.IncomingReferrals;
import org.haven.referral.IncomingSource;
import org.haven.referral.IncomingStatus;
import org.haven.referral.ReferralPackage;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Roles;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * The referrals the signed-in caseworker received: a file from a partner that runs Haven
 * is imported here (refused, with the reason, when it is not for this installation, not
 * from a partner of the directory, altered or imported before), and a referral by phone
 * or on paper is recorded here. A referral's package is shown on request (an identity
 * read); accepting it starts an intake with exactly its fields; answers go back as signed
 * files.
 */
@Route("referrals/incoming")
@RolesAllowed(Roles.CASEWORKER)
@Menu(title = "nav.incoming-referrals", order = 12)
class IncomingReferralsView extends VerticalLayout implements HasDynamicTitle {

	private final Grid<IncomingReferral> received = new Grid<>();

	private final Paragraph importProblem = new Paragraph();

	private final IncomingReferrals incoming;

	private final ReferenceData reference;

	IncomingReferralsView(IncomingReferrals incoming, ReferenceData reference) {
		this.incoming = incoming;
		this.reference = reference;
		setId("incoming-referrals-view");
		add(new H1(getTranslation("referral.incoming.title")),
				new Paragraph(getTranslation("referral.incoming.intro")));
		Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
			UI ui = UI.getCurrent();
			ui.access(() -> importBytes(bytes));
		}));
		upload.setId("import-referral-file");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(4 * 1024 * 1024);
		upload.setUploadButton(new Button(getTranslation("referral.incoming.import")));
		this.importProblem.setId("import-problem");
		Button byHand = new Button(getTranslation("referral.incoming.by-hand"),
				click -> new ReceivedByHandDialog(this.incoming).open());
		byHand.setId("record-incoming");
		this.received.setId("incoming-referrals");
		this.received.setAllRowsVisible(true);
		this.received.addColumn(IncomingReferral::referringOrganisation)
			.setHeader(getTranslation("referral.incoming.column.from"))
			.setKey("from");
		this.received.addColumn(referral -> UserLocale.date(referral.referredOn()))
			.setHeader(getTranslation("referral.incoming.column.on"))
			.setKey("on");
		this.received.addColumn(referral -> getTranslation(Labels.keyOf(referral.reason())))
			.setHeader(getTranslation("referral.incoming.column.reason"))
			.setKey("reason");
		this.received
			.addColumn(referral -> referral.serviceType() == null ? ""
					: ReferralTexts.service(this.reference, referral.serviceType()))
			.setHeader(getTranslation("referral.incoming.column.service"))
			.setKey("service");
		this.received.addColumn(referral -> UserLocale.date(referral.respondBy()))
			.setHeader(getTranslation("referral.column.respond-by"))
			.setKey("respondBy");
		this.received.addColumn(referral -> getTranslation(Labels.keyOf(referral.status())))
			.setHeader(getTranslation("referral.column.status"))
			.setKey("status");
		this.received.addComponentColumn(this::actions)
			.setHeader(getTranslation("referral.column.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		add(new H2(getTranslation("referral.incoming.import.title")), upload, this.importProblem, byHand,
				this.received);
		refresh();
	}

	/** What the upload does with the file's bytes. */
	void importBytes(byte[] file) {
		try {
			ImportedFile imported = this.incoming.importFile(file);
			this.importProblem.setText("");
			Notifications.success(getTranslation("referral.incoming.imported." + Labels.kebab(imported.kind().name())));
		}
		catch (InvalidInputException refused) {
			String message = new InputProblems(this).show(refused).stream().findFirst().orElse("");
			this.importProblem.setText(message);
			Notifications.error(message);
		}
		refresh();
	}

	void refresh() {
		this.received.setItems(this.incoming.mine());
	}

	private Component actions(IncomingReferral referral) {
		var actions = RowActions.of();
		if (referral.source() == IncomingSource.HAVEN_FILE) {
			Button show = new Button(getTranslation("referral.incoming.show"), click -> showPackage(referral));
			show.setId("show-package-" + referral.id());
			actions.add(show);
		}
		if (referral.status() == IncomingStatus.RECEIVED && referral.source() == IncomingSource.HAVEN_FILE) {
			Button accept = new Button(getTranslation("referral.incoming.accept"), click -> accept(referral));
			accept.setId("accept-incoming-" + referral.id());
			actions.add(accept);
		}
		if (referral.source() == IncomingSource.HAVEN_FILE && referral.status() != IncomingStatus.REVOKED) {
			Button answer = new Button(getTranslation("referral.incoming.answer"),
					click -> new AnswerFileDialog(this.incoming, referral, this::refresh).open());
			answer.setId("answer-incoming-" + referral.id());
			actions.add(answer);
		}
		if (referral.draft() != null) {
			Button intake = new Button(getTranslation("referral.incoming.to-intake"),
					click -> CaseNavigation.toDraft(referral.draft()));
			intake.setId("to-intake-" + referral.id());
			actions.add(intake);
		}
		return actions;
	}

	private void showPackage(IncomingReferral referral) {
		ReferralPackage received = this.incoming.incomingPackage(new IncomingReferralId(referral.id()));
		Dialog dialog = new Dialog();
		dialog.setId("incoming-package-dialog");
		dialog.setHeaderTitle(getTranslation("referral.incoming.package.title", referral.referringOrganisation()));
		UnorderedList lines = new UnorderedList();
		received.lines().forEach(line -> lines.add(new ListItem(ReferralTexts.line(this, line))));
		dialog.add(new Paragraph(ReferralTexts.heading(this, this.reference, received)),
				received.lines().isEmpty() ? new Paragraph(getTranslation("referral.preview.nothing")) : lines);
		dialog.getFooter().add(new Button(getTranslation("referral.close"), click -> {
			dialog.removeAll();
			dialog.close();
		}));
		dialog.open();
	}

	private void accept(IncomingReferral referral) {
		DraftId draft;
		try {
			draft = this.incoming.accept(referral.id(), referral.version());
		}
		catch (InvalidInputException refused) {
			new InputProblems(this).show(refused).forEach(Notifications::error);
			refresh();
			return;
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("referral.conflict"));
			refresh();
			return;
		}
		Notifications.success(getTranslation("referral.incoming.accepted"));
		CaseNavigation.toDraft(draft);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("referral.incoming.title");
	}

}
