package org.haven.referral.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.haven.person.ui.Labels;
import org.haven.referral.AnswerReason;
import org.haven.referral.IncomingReferral;
import org.haven.referral.IncomingReferrals;
import org.haven.referral.ReferralAnswer;
import org.haven.referral.ReferralStatus;
import org.haven.ui.UserLocale;

/**
 * The answer to a referral received from a partner that runs Haven, as a signed file to
 * send back: acknowledged, accepted (once taken on), declined with a reason, service
 * started, completed or not completed with a reason.
 */
class AnswerFileDialog extends Dialog {

	private final Select<ReferralStatus> status = new Select<>();

	private final Select<AnswerReason> reason = new Select<>();

	AnswerFileDialog(IncomingReferrals incoming, IncomingReferral referral, Runnable afterClose) {
		setId("answer-file-dialog");
		setHeaderTitle(getTranslation("referral.incoming.answer.title", referral.referringOrganisation()));
		this.status.setId("answer-file-status");
		this.status.setLabel(getTranslation("referral.answer.status"));
		this.status.setItems(AnswerDialog.ANSWERS);
		this.status.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.reason.setId("answer-file-reason");
		this.reason.setLabel(getTranslation("referral.answer.reason"));
		this.reason.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.reason.setVisible(false);
		this.status.addValueChangeListener(change -> {
			boolean needed = change.getValue() != null && AnswerReason.needed(change.getValue());
			this.reason.setVisible(needed);
			this.reason.setItems(needed
					? Arrays.stream(AnswerReason.values()).filter(value -> value.explains(change.getValue())).toList()
					: java.util.List.of());
		});
		DownloadHandler file = download -> {
			byte[] bytes = incoming.answerFile(referral.id(), currentVersion(incoming, referral),
					new ReferralAnswer(this.status.getValue(), this.reason.getValue(), UserLocale.today()));
			download.setFileName("answer-" + referral.id() + ".haven.json");
			download.getResponse().setContentType("application/json");
			download.getOutputStream().write(bytes);
		};
		Anchor download = new Anchor(file, getTranslation("referral.incoming.answer.download"));
		download.setId("download-answer-file");
		add(new Paragraph(getTranslation("referral.incoming.answer.intro")), new FormLayout(this.status, this.reason),
				download);
		getFooter().add(new Button(getTranslation("referral.close"), click -> {
			close();
			afterClose.run();
		}));
	}

	private static long currentVersion(IncomingReferrals incoming, IncomingReferral referral) {
		return incoming.mine()
			.stream()
			.filter(found -> found.id().equals(referral.id()))
			.findFirst()
			.map(IncomingReferral::version)
			.orElse(referral.version());
	}

}
