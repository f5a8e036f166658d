package org.haven.casefile.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.IntakeDraft;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.person.Identity;
import org.haven.shared.ConflictException;
import org.haven.shared.Problem;
import org.haven.shared.InvalidInputException;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * Saves the draft on every change, and says when it last did. A field the draft cannot
 * take (too long) is marked and keeps what was typed on screen; everything else is saved
 * without it, and the status says so until the field is corrected. A change made
 * meanwhile in another tab stops the saving until the caseworker reloads, so nothing is
 * overwritten unseen. Invariant: once closed, nothing is saved any more and the identity
 * last saved is forgotten.
 */
class IntakeAutosave {

	/** What the wizard holds at the moment of a save. */
	interface Typed {

		IntakeStep step();

		Identity identity();

		IntakeAnswers answers();

	}

	private final Span status = new Span();

	private final Div conflict = new Div();

	private final IntakeService intake;

	private final Clock clock;

	private final Typed typed;

	private final IntakeProblems problems;

	private DraftId draft;

	private long version;

	/** Set while values are put into the fields, which must not save them back. */
	private boolean loading;

	private boolean conflicted;

	private boolean closed;

	/** The identity as last saved, to fall back on for fields a save refuses. */
	private Identity lastSaved = Identity.empty();

	/** Whether the problems on show are those of a refused save, not of completion. */
	private boolean saveRefused;

	IntakeAutosave(IntakeService intake, Clock clock, Typed typed, IntakeProblems problems, Runnable reload) {
		this.intake = intake;
		this.clock = clock;
		this.typed = typed;
		this.problems = problems;
		this.status.setId("intake-saved");
		this.status.addClassName("haven-intake-saved");
		Button reloadButton = new Button(this.status.getTranslation("intake.reload"), click -> reload.run());
		reloadButton.setId("intake-reload");
		reloadButton.addThemeVariants(ButtonVariant.PRIMARY);
		this.conflict.setId("intake-conflict");
		this.conflict.addClassName("haven-intake-conflict");
		this.conflict.add(new Paragraph(this.status.getTranslation("intake.conflict")), reloadButton);
		this.conflict.setVisible(false);
	}

	/** When the draft was last saved. */
	Span status() {
		return this.status;
	}

	/** What the page shows while another tab's change stops the saving. */
	Div conflictNotice() {
		return this.conflict;
	}

	DraftId draft() {
		return this.draft;
	}

	long version() {
		return this.version;
	}

	boolean loading() {
		return this.loading;
	}

	/** Puts a draft's values into the fields without saving them back. */
	void load(IntakeDraft loaded, Runnable fill) {
		whileLoading(() -> {
			this.draft = loaded.id();
			this.version = loaded.version();
			this.lastSaved = loaded.identity();
			this.conflicted = false;
			this.saveRefused = false;
			this.conflict.setVisible(false);
			savedAt(loaded.savedAt());
			fill.run();
		});
	}

	/** Saves everything as it stands. */
	void save() {
		if (this.loading || this.closed || this.conflicted || this.draft == null) {
			return;
		}
		Identity identity = this.typed.identity();
		try {
			this.version = this.intake.save(this.draft, this.version, this.typed.step(), identity,
					this.typed.answers());
			this.lastSaved = identity;
			savedAt(this.clock.instant());
			if (this.saveRefused) {
				this.saveRefused = false;
				this.problems.clear();
			}
		}
		catch (ConflictException changedElsewhere) {
			conflictedElsewhere();
		}
		catch (InvalidInputException refused) {
			saveAllBut(identity, refused);
		}
	}

	/**
	 * Saves before the caseworker leaves the draft or completes it; says whether all of
	 * it was saved, and if not, why.
	 */
	boolean savedBeforeLeaving() {
		if (refusedForConflict()) {
			return false;
		}
		save();
		if (this.saveRefused) {
			Notifications.error(this.status.getTranslation("intake.problems.not-saved"));
			return false;
		}
		return !this.conflicted;
	}

	/** Says so if another tab's change stops the saving. */
	boolean refusedForConflict() {
		if (this.conflicted) {
			Notifications.error(this.status.getTranslation("intake.conflict.short"));
		}
		return this.conflicted;
	}

	void conflictedElsewhere() {
		this.conflicted = true;
		this.conflict.setVisible(true);
		this.status.setText(this.status.getTranslation("intake.not-saved"));
		Notifications.error(this.status.getTranslation("intake.conflict.short"));
	}

	/** Stops saving and forgets the identity, after {@code clearFields} cleared them. */
	void close(Runnable clearFields) {
		this.closed = true;
		whileLoading(() -> {
			clearFields.run();
			this.lastSaved = Identity.empty();
		});
	}

	private void saveAllBut(Identity identity, InvalidInputException refused) {
		boolean newlyRefused = !this.saveRefused;
		this.saveRefused = true;
		this.problems.show(refused, "intake.problems.not-saved");
		Set<String> refusedFields = refused.problems()
			.stream()
			.filter(Problem::concernsField)
			.map(Problem::field)
			.collect(Collectors.toSet());
		Identity rest = identity.withFieldsFrom(this.lastSaved, refusedFields);
		try {
			this.version = this.intake.save(this.draft, this.version, this.typed.step(), rest, this.typed.answers());
			this.lastSaved = rest;
			this.status
				.setText(this.status.getTranslation("intake.saved-except", UserLocale.time(this.clock.instant())));
		}
		catch (InvalidInputException stillRefused) {
			this.status.setText(this.status.getTranslation("intake.not-saved"));
		}
		catch (ConflictException changedElsewhere) {
			conflictedElsewhere();
			return;
		}
		if (newlyRefused) {
			Notifications.error(this.status.getTranslation("intake.problems.not-saved"));
		}
	}

	private void savedAt(Instant at) {
		this.status.setText(this.status.getTranslation("intake.saved-at", UserLocale.time(at)));
	}

	private void whileLoading(Runnable change) {
		this.loading = true;
		try {
			change.run();
		}
		finally {
			this.loading = false;
		}
	}

}
