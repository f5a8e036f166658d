package org.haven.casefile.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

/**
 * The case as the case page knows it, and every change the page makes to it. A change is
 * made on the version on show; on a conflict nothing was written: the caseworker learns
 * what changed meanwhile ({@link ConflictDialog}), keeps what they typed, and can apply
 * it to the latest version or discard it. Invariant: {@link #current()} is the version
 * the last open, save or discard returned.
 */
final class CaseEditing {

	private final CaseService service;

	private final Component translator;

	private final Consumer<CaseDetails> saved;

	private final Consumer<CaseDetails> reloaded;

	private CaseDetails current;

	/**
	 * @param saved what follows a change saved from the page
	 * @param reloaded what shows the latest version when an edit is discarded
	 */
	CaseEditing(CaseService service, Component translator, Consumer<CaseDetails> saved,
			Consumer<CaseDetails> reloaded) {
		this.service = service;
		this.translator = translator;
		this.saved = saved;
		this.reloaded = reloaded;
	}

	CaseDetails current() {
		return this.current;
	}

	void opened(CaseDetails opened) {
		this.current = opened;
	}

	/** A change made through a dialog of its own, already saved. */
	void changed(CaseDetails changed) {
		this.current = changed;
		this.saved.accept(changed);
	}

	/**
	 * Saves one part; says whether it was saved. Refused input is marked on the fields
	 * the problems know and told for the rest.
	 */
	boolean save(InputProblems problems, CaseDetails.Part part, Function<CaseDetails, CaseDetails> change) {
		problems.clear();
		try {
			changed(change.apply(this.current));
			Notifications.success(this.translator.getTranslation("case.saved"));
			return true;
		}
		catch (InvalidInputException refused) {
			problems.show(refused).forEach(Notifications::error);
			return false;
		}
		catch (ConflictException conflict) {
			CaseDetails latest = this.service.open(this.current.code());
			new ConflictDialog(this.current, latest, () -> {
				this.current = latest;
				save(new InputProblems(this.translator), part, change);
			}, () -> {
				this.current = latest;
				this.reloaded.accept(latest);
			}).open();
			return false;
		}
	}

}
