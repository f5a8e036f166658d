package org.haven.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.ui.SupervisedCasePart;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.referral.OverrideReason;
import org.haven.referral.ReferralStanding;
import org.haven.referral.ReferralStatus;
import org.haven.referral.Referrals;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * A case's referrals in the supervisors' list: the partner, the service, the status and
 * its dates, and any override of consent, never the package. A draft still waiting for
 * the person's consent may be let go by a supervisor, for a coded reason, recorded and
 * listed for every supervisor; the person's explicit withdrawal is never overridden.
 */
@org.springframework.stereotype.Component
class ReferralsSupervisedPart implements SupervisedCasePart {

	private final Referrals referrals;

	private final ReferenceData reference;

	ReferralsSupervisedPart(Referrals referrals, ReferenceData reference) {
		this.referrals = referrals;
		this.reference = reference;
	}

	@Override
	public Component newPart(CaseOverview overview) {
		VerticalLayout part = new VerticalLayout();
		part.setPadding(false);
		part.setId("supervision-referrals-" + overview.code().value());
		part.add(new H3(part.getTranslation("referral.supervision.title")));
		var standings = this.referrals.standing(overview.code());
		if (standings.isEmpty()) {
			part.add(new Paragraph(part.getTranslation("referral.supervision.none")));
			return part;
		}
		UnorderedList list = new UnorderedList();
		standings.forEach(standing -> list.add(item(part, standing)));
		part.add(list);
		return part;
	}

	private ListItem item(VerticalLayout part, ReferralStanding standing) {
		String text = part.getTranslation("referral.supervision.line", standing.partnerName(),
				ReferralTexts.service(this.reference, standing.serviceType()),
				part.getTranslation(Labels.keyOf(standing.status())),
				standing.sentOn() == null ? "-" : UserLocale.date(standing.sentOn()),
				standing.respondBy() == null ? "-" : UserLocale.date(standing.respondBy()));
		ListItem item = new ListItem(text);
		if (standing.overrideReason() != null) {
			item.add(new Paragraph(part.getTranslation("referral.overridden",
					part.getTranslation(Labels.keyOf(standing.overrideReason())))));
		}
		else if (standing.status() == ReferralStatus.DRAFT) {
			Select<OverrideReason> reason = new Select<>();
			reason.setId("override-reason-" + standing.id());
			reason.setLabel(part.getTranslation("referral.override.reason"));
			reason.setItems(OverrideReason.values());
			reason.setItemLabelGenerator(value -> part.getTranslation(Labels.keyOf(value)));
			Button override = new Button(part.getTranslation("referral.override"), click -> {
				try {
					this.referrals.overrideConsent(standing.code(), standing.id(), reason.getValue());
				}
				catch (org.haven.shared.InvalidInputException refused) {
					new InputProblems(part).field("reason", reason).show(refused).forEach(Notifications::error);
					return;
				}
				Notifications.success(part.getTranslation("referral.override.done"));
				click.getSource().setEnabled(false);
				reason.setReadOnly(true);
			});
			override.setId("override-consent-" + standing.id());
			item.add(new Paragraph(part.getTranslation("referral.override.intro")), reason, override);
		}
		return item;
	}

	@Override
	public int getOrder() {
		return 110;
	}

}
