package org.haven.audit.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

/** How the auditors' screens word actions, outcomes and times. */
final class AuditTexts {

	private AuditTexts() {
	}

	static String action(Component translator, String action) {
		return translator.getTranslation("audit.action." + action.toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	static String outcome(Component translator, Enum<?> outcome) {
		return translator.getTranslation("audit.outcome." + outcome.name().toLowerCase(Locale.ROOT));
	}

}
