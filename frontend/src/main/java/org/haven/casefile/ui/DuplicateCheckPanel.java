package org.haven.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.haven.casefile.CaseCode;
import org.haven.casefile.DuplicateCheck;
import org.haven.casefile.IntakeService;
import org.haven.person.ui.IdentityForm;
import org.haven.shared.InvalidInputException;

/**
 * Whether the person typed in may already be known: the caseworker's own cases that
 * match, with a link and "same person" for each, and only the fact of a match elsewhere,
 * never which. The caseworker marks the person as the same as one of theirs or as a
 * different person. A check made before the identity changed says nothing of the identity
 * now, and says so. Invariant: the choice belongs to the last check on show.
 */
class DuplicateCheckPanel extends Div {

	private final Div duplicates = new Div();

	private final IntakeService intake;

	private final IntakeAutosave autosave;

	private final Runnable sameAs;

	private CaseCode samePersonAs;

	private boolean differentPerson;

	/** The last duplicate check, while the identity has not changed since. */
	private DuplicateCheck lastCheck;

	/**
	 * @param identity the form whose problems a refused check marks
	 * @param problems where a refused check is listed
	 * @param sameAs what follows marking the person as one of the caseworker's own
	 */
	DuplicateCheckPanel(IntakeService intake, IntakeAutosave autosave, IdentityForm identity, IntakeProblems problems,
			Runnable sameAs) {
		this.intake = intake;
		this.autosave = autosave;
		this.sameAs = sameAs;
		Button check = new Button(getTranslation("intake.duplicates.check"));
		check.setId("check-duplicates");
		check.addClickListener(click -> {
			if (autosave.refusedForConflict()) {
				return;
			}
			identity.problems().clear();
			try {
				show(intake.checkDuplicates(autosave.draft()));
			}
			catch (InvalidInputException refused) {
				problems.show(refused, "intake.problems.title");
			}
		});
		this.duplicates.setId("duplicates");
		this.duplicates.addClassName("haven-intake-duplicates");
		add(check, this.duplicates);
	}

	/**
	 * Checks once more on completion unless the caseworker chose already; says whether
	 * the person was reviewed as not known. A refused check is left for completion to
	 * report with the other problems.
	 */
	boolean reviewedBeforeCompletion() {
		if (this.samePersonAs != null || this.differentPerson) {
			return this.differentPerson;
		}
		try {
			DuplicateCheck check = this.intake.checkDuplicates(this.autosave.draft());
			if (check.anyMatch()) {
				show(check);
			}
			return !check.anyMatch();
		}
		catch (InvalidInputException identityRefused) {
			return false;
		}
	}

	CaseCode samePersonAs() {
		return this.samePersonAs;
	}

	/** What the review says of the check. */
	Paragraph reviewLine() {
		if (this.samePersonAs != null) {
			return line("intake.duplicates.marked-same", this.samePersonAs.value());
		}
		if (this.differentPerson) {
			return line("intake.duplicates.marked-different");
		}
		if (this.lastCheck != null) {
			return line(this.lastCheck.anyMatch() ? "intake.review.duplicates.found" : "intake.review.duplicates.none");
		}
		return line("intake.review.duplicates");
	}

	/** The identity changed: the check on show no longer holds. */
	void outdate() {
		if (this.duplicates.getChildren().findAny().isEmpty()) {
			return;
		}
		this.samePersonAs = null;
		this.differentPerson = false;
		this.lastCheck = null;
		this.duplicates.removeAll();
		this.duplicates.add(paragraph("duplicates-outdated", getTranslation("intake.duplicates.outdated")));
	}

	/** A draft was loaded: no check of it has been made on this page. */
	void forgetCheck() {
		this.lastCheck = null;
	}

	void clear() {
		this.duplicates.removeAll();
	}

	private void show(DuplicateCheck check) {
		this.lastCheck = check;
		this.duplicates.removeAll();
		this.samePersonAs = null;
		this.differentPerson = false;
		if (!check.anyMatch()) {
			this.duplicates.add(paragraph("duplicates-none", getTranslation("intake.duplicates.none")));
			return;
		}
		if (!check.yourCases().isEmpty()) {
			this.duplicates.add(new Paragraph(getTranslation("intake.duplicates.yours")));
			for (CaseCode code : check.yourCases()) {
				Anchor link = new Anchor(CaseNavigation.caseUrl(code), code.value());
				link.addClassName("haven-intake-duplicate-case");
				Button same = new Button(getTranslation("intake.duplicates.same-person"), click -> {
					this.samePersonAs = code;
					this.differentPerson = false;
					choice(getTranslation("intake.duplicates.marked-same", code.value()));
					this.sameAs.run();
				});
				same.addClassName("haven-intake-same-person");
				same.addThemeVariants(ButtonVariant.SMALL);
				HorizontalLayout row = new HorizontalLayout(link, same);
				row.setAlignItems(FlexComponent.Alignment.BASELINE);
				this.duplicates.add(row);
			}
		}
		if (check.matchesElsewhere()) {
			this.duplicates.add(paragraph("duplicates-elsewhere", getTranslation("intake.duplicates.elsewhere")));
		}
		Button different = new Button(getTranslation("intake.duplicates.different"), click -> {
			this.samePersonAs = null;
			this.differentPerson = true;
			choice(getTranslation("intake.duplicates.marked-different"));
		});
		different.setId("different-person");
		this.duplicates.add(different, paragraph("duplicates-choice", ""));
	}

	private void choice(String text) {
		this.duplicates.getChildren()
			.filter(child -> child.getId().filter("duplicates-choice"::equals).isPresent())
			.forEach(child -> ((Paragraph) child).setText(text));
	}

	private Paragraph line(String key, Object... arguments) {
		return new Paragraph(getTranslation(key, arguments));
	}

	private static Paragraph paragraph(String id, String text) {
		Paragraph paragraph = new Paragraph(text);
		paragraph.setId(id);
		return paragraph;
	}

}
