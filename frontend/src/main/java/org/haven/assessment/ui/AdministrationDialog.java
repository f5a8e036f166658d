package org.haven.assessment.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.Instrument;
import org.haven.assessment.ItemAnswer;
import org.haven.assessment.NewAdministration;
import org.haven.assessment.RiskLevel;
import org.haven.assistance.AfterCareCheck;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;
import org.jspecify.annotations.Nullable;

/**
 * What every administration's dialog asks, whatever the instrument: when in the case, the
 * day and the overall risk, and after closure the after-care check it was recorded at;
 * and how it is saved: whole, or refused field by field with what was typed kept.
 */
abstract class AdministrationDialog extends Dialog {

	final Select<AdministrationKind> kind = new Select<>();

	final DatePicker administeredOn = new DatePicker();

	final Select<RiskLevel> overallRisk = new Select<>();

	private final Select<AfterCareCheck> afterCareCheck = new Select<>();

	final InputProblems problems = new InputProblems(this);

	private final Assessments assessments;

	private final CaseCode code;

	private final Instrument instrument;

	private final Runnable afterSave;

	/**
	 * @param prefix of the ids of the dialog and its fields
	 * @param first whether the case has no administration of the instrument yet
	 * @param afterCareChecks the case's after-care checks, one of which an administration
	 * after closure names
	 */
	AdministrationDialog(String prefix, Assessments assessments, CaseCode code, Instrument instrument, boolean first,
			List<AfterCareCheck> afterCareChecks, Runnable afterSave) {
		this.assessments = assessments;
		this.code = code;
		this.instrument = instrument;
		this.afterSave = afterSave;
		setId(prefix + "-dialog");
		setHeaderTitle(getTranslation("assessment.new") + " · " + instrument.label(language()) + " "
				+ instrument.id().version());
		this.kind.setId(prefix + "-kind");
		this.kind.setLabel(getTranslation("assessment.field.kind"));
		this.kind.setItems(AdministrationKind.values());
		this.kind.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.kind.setValue(first ? AdministrationKind.BASELINE : AdministrationKind.REVIEW);
		DatePickers.inUserLanguage(this.administeredOn).setId(prefix + "-administered-on");
		this.administeredOn.setLabel(getTranslation("assessment.field.administered-on"));
		this.administeredOn.setValue(UserLocale.today());
		this.overallRisk.setId(prefix + "-overall-risk");
		this.overallRisk.setItems(RiskLevel.values());
		this.overallRisk.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.afterCareCheck.setId(prefix + "-after-care-check");
		this.afterCareCheck.setLabel(getTranslation("assessment.field.after-care-check"));
		this.afterCareCheck.setItems(afterCareChecks);
		this.afterCareCheck.setItemLabelGenerator(check -> UserLocale.date(check.check().checkedOn()));
		showAfterCareCheckFor(this.kind.getValue());
		this.kind.addValueChangeListener(change -> showAfterCareCheckFor(change.getValue()));
		this.problems.field("kind", this.kind)
			.field("administeredOn", this.administeredOn)
			.field("overallRisk", this.overallRisk)
			.field("instrument", this.kind)
			.field("afterCareCheck", this.afterCareCheck);
		add(new FormLayout(this.kind, this.administeredOn, this.overallRisk, this.afterCareCheck));
		Button save = new Button(getTranslation("action.save"), click -> save());
		save.setId("save-" + prefix);
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	/** Only an administration after closure is recorded at an after-care check. */
	private void showAfterCareCheckFor(@Nullable AdministrationKind chosen) {
		boolean afterClosure = chosen == AdministrationKind.POST_CLOSURE;
		if (!afterClosure) {
			this.afterCareCheck.clear();
		}
		this.afterCareCheck.setVisible(afterClosure);
	}

	/** The answers given so far, by item code; an item left unanswered is left out. */
	abstract Map<String, ItemAnswer> answers();

	abstract String recordedKey();

	static String language() {
		return UserLocale.current().getLanguage();
	}

	private void save() {
		try {
			this.assessments.record(this.code,
					new NewAdministration(this.instrument.id(), this.kind.getValue(), this.administeredOn.getValue(),
							this.overallRisk.getValue(), answers(),
							this.afterCareCheck.getOptionalValue().map(AfterCareCheck::id).orElse(null)));
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		Notifications.success(getTranslation(recordedKey()));
		close();
		this.afterSave.run();
	}

}
