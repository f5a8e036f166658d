package org.haven.referral.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import org.haven.person.Identity;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.referral.PackageChoice;
import org.haven.referral.PackageLine;
import org.haven.referral.ReferralPackage;
import org.haven.referral.ReferralForm;
import org.haven.ui.UserLocale;

/** How a referral's package and its form read in the user's language. */
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

	/**
	 * The words of the printable form in the user's language, looked up now: the form is
	 * made later, while the file downloads.
	 */
	static ReferralForm.Labels formLabels(Component translator) {
		Map<String, String> words = new HashMap<>();
		List.of("title", "id", "from", "to", "service", "reason", "urgency", "sent-on", "respond-by", "hash")
			.forEach(key -> words.put("referral.form." + key, translator.getTranslation("referral.form." + key)));
		Stream
			.of(List.of("caseCode", "gender", "ageBand", "nationality", "languages", "immediateNeeds", "safety"),
					Identity.FIELDS, PackageChoice.SITUATION_PARTS)
			.flatMap(List::stream)
			.forEach(field -> words.put("referral.field." + field,
					translator.getTranslation("referral.field." + field)));
		return key -> words.getOrDefault(key, key);
	}

}
