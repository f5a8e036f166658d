package org.haven.referral.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.haven.assistance.CarePlans;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ProvidedBy;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.ReferredIn;
import org.haven.casefile.ui.CaseSection;
import org.haven.partner.OrganisationType;
import org.haven.partner.PartnerDirectory;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.referral.FormUnprintable;
import org.haven.referral.Referral;
import org.haven.referral.ReferralExchange;
import org.haven.referral.ReferralReason;
import org.haven.referral.ReferralStatus;
import org.haven.referral.Referrals;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * The case's referrals: to whom, for which service, where each stands and by when the
 * partner should answer. From here a caseworker refers the person for a service a partner
 * provides, records the partner's answers, prints the form for a partner without Haven or
 * downloads the file for one that runs it, and withdraws a referral. Loaded when the page
 * opens, emptied when it is left.
 */
class ReferralsSection extends CaseSection {

	private final Referrals referrals;

	private final ReferralExchange exchange;

	private final CarePlans plans;

	private final PartnerDirectory directory;

	private final ReferenceData reference;

	private final Grid<Referral> grid = new Grid<>();

	private final Button refer = new Button();

	private final Paragraph referredIn = new Paragraph();

	private CaseDetails shown;

	ReferralsSection(Referrals referrals, ReferralExchange exchange, CarePlans plans, PartnerDirectory directory,
			ReferenceData reference) {
		this.referrals = referrals;
		this.exchange = exchange;
		this.plans = plans;
		this.directory = directory;
		this.reference = reference;
		setId("referrals-section");
		this.grid.setId("referrals");
		this.grid.setAllRowsVisible(true);
		this.grid.addColumn(Referral::partnerName)
			.setHeader(getTranslation("referral.column.partner"))
			.setKey("partner");
		this.grid.addColumn(referral -> ReferralTexts.service(this.reference, referral.serviceType()))
			.setHeader(getTranslation("referral.column.service"))
			.setKey("service");
		this.grid.addColumn(this::status).setHeader(getTranslation("referral.column.status")).setKey("status");
		this.grid.addColumn(referral -> UserLocale.date(referral.sentOn()))
			.setHeader(getTranslation("referral.column.sent-on"))
			.setKey("sentOn");
		this.grid.addColumn(referral -> UserLocale.date(referral.respondBy()))
			.setHeader(getTranslation("referral.column.respond-by"))
			.setKey("respondBy");
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("referral.column.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.refer.setId("new-referral");
		this.refer.setText(getTranslation("referral.new"));
		this.refer.addClickListener(click -> new ReferralDialog(this.referrals, this.directory, this.reference,
				this.shown.code(), partnerServices(), null, this::load)
			.open());
		this.referredIn.setId("case-referred-in");
		this.referredIn.setVisible(false);
		add(new H2(getTranslation("referral.title")), this.referredIn, new Paragraph(getTranslation("referral.intro")),
				this.grid, this.refer);
	}

	@Override
	protected void show(CaseDetails current) {
		this.shown = current;
		this.refer.setVisible(mayChange());
		showReferredIn(current.referredIn());
	}

	/** Who referred the person to us, when and why: a read-only line, codes in words. */
	private void showReferredIn(ReferredIn referred) {
		this.referredIn.setVisible(referred != null);
		if (referred != null) {
			String by = referred.organisationType() == null
					? getTranslation("referral.incoming.organisation-type.unknown")
					: getTranslation(Labels.keyOf(OrganisationType.valueOf(referred.organisationType())));
			this.referredIn.setText(getTranslation("referral.referred-in", by, UserLocale.date(referred.on()),
					getTranslation(Labels.keyOf(ReferralReason.valueOf(referred.reason())))));
		}
	}

	@Override
	protected void saved(CaseDetails current) {
		show(current);
		load();
	}

	@Override
	protected void opened(CaseDetails current) {
		this.shown = current;
		load();
	}

	@Override
	protected void leave() {
		this.grid.setItems(List.of());
		this.shown = null;
	}

	private boolean mayChange() {
		return this.shown != null && !this.shown.readOnly() && this.shown.status() != CaseStatus.CLOSED;
	}

	private void load() {
		if (this.shown == null) {
			return;
		}
		this.grid.setItems(this.referrals.referrals(this.shown.code()));
		this.refer.setEnabled(!partnerServices().isEmpty());
	}

	/** The services of the plan that a partner provides: what a referral is made for. */
	private List<PlannedService> partnerServices() {
		return this.plans.plan(this.shown.code())
			.stream()
			.flatMap(need -> need.goals().stream())
			.flatMap(goal -> goal.services().stream())
			.filter(service -> service.providedBy() == ProvidedBy.PARTNER)
			.toList();
	}

	private String status(Referral referral) {
		String status = getTranslation(Labels.keyOf(referral.status()));
		if (referral.statusReason() != null) {
			status = status + " (" + getTranslation(Labels.keyOf(referral.statusReason())) + ")";
		}
		if (referral.override() != null) {
			status = status + " · "
					+ getTranslation("referral.overridden", getTranslation(Labels.keyOf(referral.override().reason())));
		}
		return status;
	}

	private Component actions(Referral referral) {
		CaseCode code = this.shown.code();
		HorizontalLayout actions = RowActions.of();
		if (mayChange() && referral.status() == ReferralStatus.DRAFT) {
			Button send = new Button(getTranslation("referral.preview-and-send"),
					click -> new ReferralDialog(this.referrals, this.directory, this.reference, code, partnerServices(),
							referral, this::load)
						.open());
			send.setId("send-referral-" + referral.id());
			actions.add(send);
		}
		if (mayChange() && referral.status().withThePartner()) {
			Button answer = new Button(getTranslation("referral.record-answer"),
					click -> new AnswerDialog(this.referrals, code, referral, this::load).open());
			answer.setId("answer-referral-" + referral.id());
			actions.add(answer);
		}
		if (referral.sentOn() != null) {
			FormLabels labels = new FormLabels(this, this.reference);
			actions
				.add(download("print-referral-" + referral.id(), "referral.print", "referral-" + referral.id() + ".pdf",
						"application/pdf", () -> this.referrals.printableForm(code, referral.id(), labels)));
			boolean runsHaven = this.directory.partner(referral.partner()).keys().isPresent();
			if (runsHaven && mayChange() && referral.status().withThePartner()) {
				actions.add(download("file-referral-" + referral.id(), "referral.file",
						"referral-" + referral.id() + ".haven.json", "application/json",
						() -> this.exchange.referralFile(code, referral.id())));
			}
			if (runsHaven && mayChange()
					&& (referral.status() == ReferralStatus.REVOKED || referral.status() == ReferralStatus.WITHDRAWN)) {
				actions.add(download("revocation-referral-" + referral.id(), "referral.revocation-file",
						"revocation-" + referral.id() + ".haven.json", "application/json",
						() -> this.exchange.revocationFile(code, referral.id())));
			}
		}
		if (mayChange() && referral.status().open()) {
			Button withdraw = new Button(getTranslation("referral.withdraw"),
					click -> RowActions.change(this,
							() -> this.referrals.withdraw(code, referral.id(), referral.version()), "referral.conflict",
							this::load));
			withdraw.setId("withdraw-referral-" + referral.id());
			actions.add(withdraw);
		}
		return actions;
	}

	private Anchor download(String id, String label, String fileName, String type,
			java.util.function.Supplier<byte[]> bytes) {
		DownloadHandler handler = download -> {
			byte[] content;
			try {
				content = bytes.get();
			}
			catch (FormUnprintable refused) {
				download.getResponse().setStatus(HttpStatusCode.CONFLICT.getCode());
				download.getUI().access(() -> Notifications.error(getTranslation(refused.messageKey())));
				return;
			}
			download.setFileName(fileName);
			download.getResponse().setContentType(type);
			download.getOutputStream().write(content);
		};
		Anchor anchor = new Anchor(handler, getTranslation(label));
		anchor.setId(id);
		return anchor;
	}

}
