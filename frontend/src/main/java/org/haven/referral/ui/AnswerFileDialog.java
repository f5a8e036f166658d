package org.haven.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.haven.referral.IncomingReferral;
import org.haven.referral.IncomingReferrals;
import org.haven.referral.ReferralAnswer;
import org.haven.ui.UserLocale;

/**
 * The answer to a referral received from a partner that runs Haven, as a signed file to
 * send back: acknowledged, accepted (once taken on), declined with a reason, service
 * started, completed or not completed with a reason.
 */
class AnswerFileDialog extends Dialog {

	private final AnswerFields answer = new AnswerFields(this, "answer-file");

	AnswerFileDialog(IncomingReferrals incoming, IncomingReferral referral, Runnable afterClose) {
		setId("answer-file-dialog");
		setHeaderTitle(getTranslation("referral.incoming.answer.title", referral.referringOrganisation()));
		DownloadHandler file = download -> {
			byte[] bytes = incoming.answerFile(referral.id(), currentVersion(incoming, referral), new ReferralAnswer(
					this.answer.status.getValue(), this.answer.reason.getValue(), UserLocale.today()));
			download.setFileName("answer-" + referral.id() + ".haven.json");
			download.getResponse().setContentType("application/json");
			download.getOutputStream().write(bytes);
		};
		Anchor download = new Anchor(file, getTranslation("referral.incoming.answer.download"));
		download.setId("download-answer-file");
		add(new Paragraph(getTranslation("referral.incoming.answer.intro")),
				new FormLayout(this.answer.status, this.answer.reason), download);
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
