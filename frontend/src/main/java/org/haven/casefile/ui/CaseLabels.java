package org.haven.casefile.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import org.haven.casefile.Answer;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.ui.UserLocale;

/**
 * Translated labels of what cases hold: coded values by the key
 * {@code code.<type>.<value>} in kebab case and nationalities, both as for persons
 * ({@link Labels}); reference-list items by their stored labels; countries by the user's
 * locale.
 */
final class CaseLabels {

	private CaseLabels() {
	}

	static String of(Component translator, Enum<?> value) {
		if (value == null) {
			return translator.getTranslation("case.none");
		}
		return translator.getTranslation(keyOf(value));
	}

	static String keyOf(Enum<?> value) {
		return Labels.keyOf(value);
	}

	static String state(Component translator, Answer.State state) {
		return translator.getTranslation("case.answer." + kebab(state.name()));
	}

	static String reference(ReferenceData reference, ReferenceList list, String code) {
		return reference.find(list, code)
			.map(item -> item.label(UserLocale.current()) + (item.retired() ? " †" : ""))
			.orElse(code);
	}

	static String country(String code) {
		return Locale.of("", code).getDisplayCountry(UserLocale.current());
	}

	/** A nationality: the country in the user's language, or one of the coded answers. */
	static String nationality(Component translator, String code) {
		return Labels.country(translator, code);
	}

	static String kebab(String name) {
		return Labels.kebab(name);
	}

}
