package org.haven.assessment.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.assessment.Instrument;
import org.haven.assessment.Instruments;
import org.haven.person.ui.Labels;
import org.haven.shared.InvalidInputException;
import org.haven.shared.LanguageTags;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;
import org.jspecify.annotations.Nullable;

/**
 * One version's texts in one language at a time: the instrument's name, and per domain or
 * question its label and, for a domain, what each score means. A draft's texts are edited
 * and saved together; a refused text stays as typed, marked by its field, and the others
 * are saved. What was typed in one language stays when another is chosen. A published or
 * retired version is shown read-only: it never changes.
 */
class InstrumentTexts extends VerticalLayout {

	private final H2 title = new H2();

	private final Paragraph standing = new Paragraph();

	private final Select<String> language = new Select<>();

	private final Map<String, VerticalLayout> byLanguage = new LinkedHashMap<>();

	private final Map<Text, TextArea> fields = new LinkedHashMap<>();

	private final Button save = new Button();

	private final Instruments instruments;

	private final Runnable afterSave;

	private @Nullable Instrument shown;

	InstrumentTexts(Instruments instruments, Runnable afterSave) {
		this.instruments = instruments;
		this.afterSave = afterSave;
		setId("instrument-texts");
		setPadding(false);
		this.title.setId("instrument-texts-title");
		this.standing.setId("instrument-texts-standing");
		this.language.setId("instrument-language");
		this.language.setLabel(getTranslation("instrument.language"));
		this.language.setItems(LanguageTags.ALL);
		this.language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
		this.language.setValue(LanguageTags.ALL.contains(userLanguage()) ? userLanguage() : LanguageTags.FALLBACK);
		this.language.addValueChangeListener(change -> showLanguage());
		this.save.setId("save-instrument-texts");
		this.save.setText(getTranslation("instrument.texts.save"));
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> save());
		setVisible(false);
	}

	static String standingKey(Instrument instrument) {
		return "instrument.standing." + instrument.standing().name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Follows the list after it reloaded: the version shown is kept with what was typed,
	 * shown anew when its standing changed (a draft published), hidden when it is gone.
	 */
	void reload(List<Instrument> rows) {
		if (this.shown == null) {
			return;
		}
		Instrument current = this.shown;
		Optional<Instrument> same = rows.stream().filter(row -> row.id().equals(current.id())).findFirst();
		if (same.isEmpty()) {
			this.shown = null;
			setVisible(false);
		}
		else if (same.get().standing() != current.standing()) {
			show(same.get());
		}
		else {
			this.shown = same.get();
		}
	}

	void show(Instrument instrument) {
		this.shown = instrument;
		boolean draft = instrument.standing() == Instrument.Standing.DRAFT;
		removeAll();
		this.fields.clear();
		this.byLanguage.clear();
		this.title.setText(getTranslation("instrument.texts.title", instrument.label(userLanguage()),
				instrument.id().version(), getTranslation(standingKey(instrument))));
		this.standing.setText(getTranslation(draft ? "instrument.texts.draft" : "instrument.texts.read-only"));
		add(this.title, this.standing, this.language);
		for (String tag : LanguageTags.ALL) {
			VerticalLayout texts = new VerticalLayout();
			texts.setPadding(false);
			texts.getElement().setAttribute("lang", tag);
			texts.getElement().setAttribute("dir", "auto");
			addTexts(texts, "", instrument.label(userLanguage()), Map.of(Instrument.LABEL, instrument.labels()), tag,
					draft);
			for (Instrument.Item item : instrument.items()) {
				addTexts(texts, item.code(), item.label(userLanguage()), item.texts(), tag, draft);
			}
			this.byLanguage.put(tag, texts);
			add(texts);
		}
		this.save.setVisible(draft);
		add(this.save);
		showLanguage();
		setVisible(true);
	}

	private void addTexts(VerticalLayout texts, String item, String heading, Map<String, Map<String, String>> byKey,
			String tag, boolean editable) {
		texts.add(new H3(heading));
		for (String key : byKey.keySet().stream().sorted(LABEL_FIRST).toList()) {
			TextArea field = new TextArea(fieldLabel(key));
			field.setId("text-" + (item.isEmpty() ? "instrument" : Labels.kebab(item)) + "-" + key + "-" + tag);
			field.setWidthFull();
			field.setValue(byKey.get(key).getOrDefault(tag, ""));
			field.setReadOnly(!editable);
			this.fields.put(new Text(item, key, tag), field);
			texts.add(field);
		}
	}

	private String fieldLabel(String key) {
		if (key.equals(Instrument.LABEL)) {
			return getTranslation("instrument.text.label");
		}
		return key.startsWith("score-") ? getTranslation("instrument.text.score", key.substring("score-".length()))
				: key;
	}

	private void showLanguage() {
		this.byLanguage.forEach((tag, texts) -> texts.setVisible(tag.equals(this.language.getValue())));
	}

	/** Saves every text changed, in every language; the refused ones stay as typed. */
	private void save() {
		if (this.shown == null) {
			return;
		}
		String code = this.shown.id().code();
		List<String> refusedIn = new ArrayList<>();
		for (Map.Entry<Text, TextArea> entry : this.fields.entrySet()) {
			Text text = entry.getKey();
			TextArea field = entry.getValue();
			field.setInvalid(false);
			field.setErrorMessage(null);
			if (Objects.equals(field.getValue(), text.in(this.shown))) {
				continue;
			}
			try {
				this.instruments.editDraft(code, text.item(), text.key(), text.language(), field.getValue());
			}
			catch (InvalidInputException refused) {
				InputProblems problems = new InputProblems(this);
				field.setErrorMessage(
						refused.problems().stream().map(problems::translate).collect(Collectors.joining(" ")));
				field.setInvalid(true);
				refusedIn.add(text.language());
			}
		}
		this.shown = this.instruments.draft(code).orElse(this.shown);
		if (refusedIn.isEmpty()) {
			Notifications.success(getTranslation("instrument.texts.saved"));
		}
		else {
			Notifications.error(getTranslation("instrument.texts.refused",
					refusedIn.stream()
						.distinct()
						.map(tag -> getTranslation("language." + tag))
						.collect(Collectors.joining(", "))));
			if (!refusedIn.contains(this.language.getValue())) {
				this.language.setValue(refusedIn.getFirst());
			}
		}
		this.afterSave.run();
	}

	private static String userLanguage() {
		return UserLocale.current().getLanguage();
	}

	private static final Comparator<String> LABEL_FIRST = Comparator
		.comparing((String key) -> !key.equals(Instrument.LABEL))
		.thenComparing(Comparator.naturalOrder());

	/** One text of a version: of an item ("" for the instrument), by key and language. */
	private record Text(String item, String key, String language) {

		String in(Instrument instrument) {
			Map<String, String> byLanguage = this.item.isEmpty() ? instrument.labels()
					: instrument.items()
						.stream()
						.filter(found -> found.code().equals(this.item))
						.findFirst()
						.map(found -> found.texts().getOrDefault(this.key, Map.of()))
						.orElse(Map.of());
			return byLanguage.getOrDefault(this.language, "");
		}

	}

}
