package org.haven.assistance.ui;

import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.ui.UserLocale;

/**
 * A service type by its label in the user's language; its code where the list lost it.
 */
final class ServiceTypeLabels {

	private ServiceTypeLabels() {
	}

	static String of(ReferenceData reference, String type) {
		return reference.find(ReferenceList.SERVICE_TYPES, type)
			.map(item -> item.label(UserLocale.current()))
			.orElse(type);
	}

}
