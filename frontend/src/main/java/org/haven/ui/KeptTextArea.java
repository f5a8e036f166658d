package org.haven.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.internal.AllowInert;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import org.haven.shared.InvalidInputException;

/**
 * A text area whose text is kept on the server while it is typed, and once more by
 * {@link QuickHide quick hide} just before the page is left, so that hiding Haven loses
 * nothing typed. The text travels to the server as any typing does; nothing is kept in
 * the browser. What keeps it (a draft under the record's key) is up to the screen.
 */
public class KeptTextArea extends TextArea {

	/** The attribute by which the quick hide script finds what to keep. */
	static final String MARKER = "data-haven-keep-on-quick-hide";

	/** How long the typing may pause before what was typed is kept. */
	static final int PAUSE_MILLISECONDS = 1000;

	private SerializableConsumer<String> keeper = text -> {
	};

	public KeptTextArea() {
		getElement().setAttribute(MARKER, true);
		setValueChangeMode(ValueChangeMode.LAZY);
		setValueChangeTimeout(PAUSE_MILLISECONDS);
		addValueChangeListener(change -> {
			if (change.isFromClient()) {
				keep(change.getValue());
			}
		});
	}

	/**
	 * What keeps the text; it may refuse it (too long), which marks the field and keeps
	 * the text on screen.
	 */
	public void keepWith(SerializableConsumer<String> keeper) {
		this.keeper = keeper;
	}

	/**
	 * Called by the quick hide script with the text as it stands, also while a dialog is
	 * open over the page.
	 */
	@AllowInert
	@ClientCallable
	void keepBeforeQuickHide(String text) {
		keep(text == null ? "" : text);
	}

	private void keep(String text) {
		try {
			this.keeper.accept(text);
			if (isInvalid()) {
				setInvalid(false);
				setErrorMessage(null);
			}
		}
		catch (InvalidInputException refused) {
			setErrorMessage(new InputProblems(this).translate(refused.problems().getFirst()));
			setInvalid(true);
		}
	}

}
