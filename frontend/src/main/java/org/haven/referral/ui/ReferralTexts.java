package org.haven.referral.ui;

import com.vaadin.flow.component.Component;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.referral.PackageLine;
import org.haven.referral.ReferralPackage;
import org.haven.ui.UserLocale;

/** How a referral's package reads on screen in the user's language. */
final class ReferralTexts {

	private ReferralTexts() {
	}

	static String service(ReferenceData reference, String type) {
		return reference.find(ReferenceList.SERVICE_TYPES, type)
			.map(item -> item.label(UserLocale.current()))
			.orElse(type);
	}

	/** One line of the package: the field's name in words and its value as sent. */
	static String line(Component translator, PackageLine line) {
		return translator.getTranslation("referral.field." + line.field()) + ": " + line.value();
	}

	/** The package's heading lines, as the partner reads them. */
	static String heading(Component translator, ReferenceData reference, ReferralPackage received) {
		return translator.getTranslation("referral.preview.heading", received.from(), received.to(),
				service(reference, received.service()), translator.getTranslation(Labels.keyOf(received.reason())),
				translator.getTranslation(Labels.keyOf(received.urgency())), UserLocale.date(received.respondBy()));
	}

}
