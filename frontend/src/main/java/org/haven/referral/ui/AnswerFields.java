package org.haven.referral.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import org.haven.person.ui.Labels;
import org.haven.referral.AnswerReason;
import org.haven.referral.ReferralStatus;

/**
 * What a partner may answer, and why, as two fields: the reason shows only for an answer
 * that needs one, offering only the reasons that explain it.
 */
final class AnswerFields {

	static final ReferralStatus[] ANSWERS = { ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED,
			ReferralStatus.DECLINED, ReferralStatus.SERVICE_STARTED, ReferralStatus.COMPLETED,
			ReferralStatus.NOT_COMPLETED };

	final Select<ReferralStatus> status = new Select<>();

	final Select<AnswerReason> reason = new Select<>();

	AnswerFields(Component translator, String idPrefix) {
		this.status.setId(idPrefix + "-status");
		this.status.setLabel(translator.getTranslation("referral.answer.status"));
		this.status.setItems(ANSWERS);
		this.status.setItemLabelGenerator(value -> translator.getTranslation(Labels.keyOf(value)));
		this.reason.setId(idPrefix + "-reason");
		this.reason.setLabel(translator.getTranslation("referral.answer.reason"));
		this.reason.setItemLabelGenerator(value -> translator.getTranslation(Labels.keyOf(value)));
		this.reason.setVisible(false);
		this.status.addValueChangeListener(change -> {
			boolean needed = change.getValue() != null && AnswerReason.needed(change.getValue());
			this.reason.setVisible(needed);
			this.reason.setItems(needed
					? Arrays.stream(AnswerReason.values()).filter(value -> value.explains(change.getValue())).toList()
					: List.of());
		});
	}

}
