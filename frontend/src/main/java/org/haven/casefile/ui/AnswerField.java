package org.haven.casefile.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.haven.casefile.Answer;

/**
 * One coded question: "not asked yet", "declined to answer", "unknown", or the answers
 * chosen. Choosing an answer makes it answered; the codes chosen stay when the state is
 * switched back and forth, so a slip loses nothing.
 */
class AnswerField extends Composite<VerticalLayout> implements HasValidation {

	private final RadioButtonGroup<Answer.State> state = new RadioButtonGroup<>();

	private final MultiSelectComboBox<String> codes = new MultiSelectComboBox<>();

	private final boolean single;

	private final List<Runnable> listeners = new ArrayList<>();

	private boolean updating;

	AnswerField(String id, String label, List<String> offered, Function<String, String> labelOf, boolean single) {
		this.single = single;
		getContent().setId(id);
		getContent().setPadding(false);
		getContent().setSpacing(false);
		getContent().addClassName("haven-answer");
		Span title = new Span(label);
		title.addClassName("haven-answer-label");
		this.state.setId(id + "-state");
		this.state.setItems(Answer.State.values());
		this.state.setItemLabelGenerator(value -> CaseLabels.state(this, value));
		this.state.setValue(Answer.State.NOT_ASKED);
		this.state.setAriaLabel(label);
		this.codes.setId(id + "-codes");
		this.codes.setAriaLabel(label);
		this.codes.setItems(offered);
		this.codes.setItemLabelGenerator(labelOf::apply);
		this.codes.setWidthFull();
		this.codes.setClearButtonVisible(true);
		this.codes.setPlaceholder(getTranslation(single ? "case.answer.choose-one" : "case.answer.choose"));
		this.state.addValueChangeListener(event -> {
			if (!this.updating && event.isFromClient()) {
				changed();
			}
		});
		this.codes.addValueChangeListener(event -> {
			if (this.updating) {
				return;
			}
			if (single && event.getValue().size() > 1) {
				Set<String> latest = new LinkedHashSet<>(event.getValue());
				latest.removeAll(event.getOldValue());
				this.updating = true;
				this.codes.setValue(latest);
				this.updating = false;
			}
			if (!this.codes.getValue().isEmpty()) {
				this.state.setValue(Answer.State.ANSWERED);
			}
			changed();
		});
		getContent().add(title, this.state, this.codes);
	}

	Answer getValue() {
		Answer.State chosen = this.state.getValue() == null ? Answer.State.NOT_ASKED : this.state.getValue();
		return new Answer(chosen, chosen == Answer.State.ANSWERED ? List.copyOf(this.codes.getValue()) : List.of());
	}

	void setValue(Answer answer) {
		this.updating = true;
		try {
			Answer value = answer == null ? Answer.NOT_ASKED : answer;
			List<String> offered = new ArrayList<>(this.codes.getListDataView().getItems().toList());
			value.codes().stream().filter(code -> !offered.contains(code)).forEach(offered::add);
			this.codes.setItems(offered);
			this.state.setValue(value.state());
			this.codes.setValue(new LinkedHashSet<>(value.codes()));
		}
		finally {
			this.updating = false;
		}
	}

	void onChange(Runnable listener) {
		this.listeners.add(listener);
	}

	void setReadOnly(boolean readOnly) {
		this.state.setReadOnly(readOnly);
		this.codes.setReadOnly(readOnly);
	}

	boolean single() {
		return this.single;
	}

	@Override
	public void setErrorMessage(String errorMessage) {
		this.codes.setErrorMessage(errorMessage);
	}

	@Override
	public String getErrorMessage() {
		return this.codes.getErrorMessage();
	}

	@Override
	public void setInvalid(boolean invalid) {
		this.codes.setInvalid(invalid);
	}

	@Override
	public boolean isInvalid() {
		return this.codes.isInvalid();
	}

	private void changed() {
		this.listeners.forEach(Runnable::run);
	}

}
