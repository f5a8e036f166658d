package org.haven.reference.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.reference.ReferenceData;
import org.haven.shared.LanguageTags;
import org.haven.ui.InputProblems;

/**
 * One field per language Haven is written in, for an item's labels: every language is
 * required, so that no screen shows a coded value in a language its user did not choose.
 * Each field says in its own language's direction what it holds.
 */
class LabelFields extends FormLayout {

	private final Map<String, TextField> fields = new LinkedHashMap<>();

	LabelFields(String idPrefix) {
		for (String language : LanguageTags.ALL) {
			TextField field = new TextField(getTranslation("reference.label." + language));
			field.setId(idPrefix + language);
			field.setRequiredIndicatorVisible(true);
			field.getElement().setAttribute("lang", language);
			field.getElement().setAttribute("dir", "auto");
			this.fields.put(language, field);
			add(field);
		}
	}

	TextField in(String language) {
		return this.fields.get(language);
	}

	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		this.fields.forEach((language, field) -> values.put(language, field.getValue()));
		return values;
	}

	void show(Map<String, String> labels) {
		this.fields.forEach((language, field) -> field.setValue(labels.getOrDefault(language, "")));
	}

	void clear() {
		this.fields.values().forEach(TextField::clear);
	}

	/** Lets refused labels show next to their fields. */
	InputProblems shownIn(InputProblems problems) {
		this.fields.forEach((language, field) -> problems.field(ReferenceData.labelField(language), field));
		return problems;
	}

}
