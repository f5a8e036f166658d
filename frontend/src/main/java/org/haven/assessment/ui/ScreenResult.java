package org.haven.assessment.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.assessment.Administration;
import org.haven.assessment.Assessments;
import org.haven.assessment.Instrument;
import org.haven.assessment.InstrumentVersion;
import org.haven.assistance.AfterCareCheck;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.haven.ui.UserLocale;
import org.jspecify.annotations.Nullable;

/**
 * The case's re-trafficking screen: the latest one's risk level, and the dialog that
 * records the next, on the latest version of the screen open to new ones.
 */
class ScreenResult extends VerticalLayout {

	private final H3 title = new H3();

	private final Paragraph latest = new Paragraph();

	private final Button record = new Button();

	private final Assessments assessments;

	private final Supplier<List<AfterCareCheck>> afterCareChecks;

	private final Runnable afterSave;

	private @Nullable CaseCode code;

	private List<Administration> screens = List.of();

	private Optional<Instrument> toUse = Optional.empty();

	ScreenResult(Assessments assessments, Supplier<List<AfterCareCheck>> afterCareChecks, Runnable afterSave) {
		this.assessments = assessments;
		this.afterCareChecks = afterCareChecks;
		this.afterSave = afterSave;
		setId("assessment-screen");
		setPadding(false);
		this.title.setText(getTranslation("assessment.screen.title"));
		this.latest.setId("assessment-screen-latest");
		this.record.setId("record-screen");
		this.record.setText(getTranslation("assessment.screen.record"));
		this.record.addClickListener(click -> recordOne());
		add(this.title, this.latest, this.record);
		clear();
	}

	void show(CaseCode code, boolean readOnly, List<Administration> administrations, List<Instrument> published) {
		this.code = code;
		this.screens = administrations.stream()
			.filter(administration -> administration.instrument()
				.code()
				.equals(InstrumentVersion.RE_TRAFFICKING_SCREEN))
			.toList();
		this.toUse = published.stream()
			.filter(instrument -> instrument.id().code().equals(InstrumentVersion.RE_TRAFFICKING_SCREEN))
			.filter(instrument -> instrument.standing() == Instrument.Standing.PUBLISHED)
			.reduce((first, second) -> second);
		this.toUse.ifPresent(instrument -> this.title.setText(instrument.label(UserLocale.current().getLanguage())));
		if (this.screens.isEmpty()) {
			this.latest.setText(getTranslation("assessment.screen.none"));
		}
		else {
			Administration last = this.screens.getLast();
			this.latest.setText(getTranslation("assessment.screen.latest", getTranslation(Labels.keyOf(last.kind())),
					UserLocale.date(last.administeredOn()), getTranslation(Labels.keyOf(last.overallRisk()))));
		}
		this.record.setVisible(!readOnly && this.toUse.isPresent());
	}

	/** Forgets the case's screens, which the page no longer shows. */
	void clear() {
		this.code = null;
		this.screens = List.of();
		this.latest.setText(getTranslation("assessment.screen.none"));
		this.record.setVisible(false);
	}

	private void recordOne() {
		if (this.code == null || this.toUse.isEmpty()) {
			return;
		}
		new ScreenDialog(this.assessments, this.code, this.toUse.get(), this.screens.isEmpty(),
				this.afterCareChecks.get(), this.afterSave)
			.open();
	}

}
