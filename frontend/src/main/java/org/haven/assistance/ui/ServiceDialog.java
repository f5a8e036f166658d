package org.haven.assistance.ui;

import java.util.UUID;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.assistance.CarePlans;
import org.haven.assistance.NewService;
import org.haven.assistance.ProvidedBy;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.reference.ReferenceList;
import org.haven.ui.DatePickers;
import org.haven.ui.UserLocale;

/**
 * A service for a goal: its type from the service types list, in-house or by a partner
 * (named), when it was requested and by when it is due.
 */
class ServiceDialog extends CarePlanDialog {

	private final Select<ReferenceItem> type = new Select<>();

	private final Select<ProvidedBy> providedBy = new Select<>();

	private final TextField provider = new TextField();

	private final DatePicker requestedOn = new DatePicker();

	private final DatePicker dueBy = new DatePicker();

	private final CarePlans plans;

	private final CaseCode code;

	private final UUID goal;

	ServiceDialog(CarePlans plans, ReferenceData reference, CaseCode code, UUID goal, Runnable afterSave) {
		super("service-dialog", "save-service", afterSave);
		setHeaderTitle(getTranslation("care.service.new"));
		this.plans = plans;
		this.code = code;
		this.goal = goal;
		this.type.setId("service-type");
		this.type.setLabel(getTranslation("care.service.field.type"));
		this.type.setItems(reference.active(ReferenceList.SERVICE_TYPES));
		this.type.setItemLabelGenerator(item -> item.label(UserLocale.current()));
		this.providedBy.setId("service-provided-by");
		this.providedBy.setLabel(getTranslation("care.service.field.provided-by"));
		this.providedBy.setItems(ProvidedBy.values());
		this.providedBy.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.providedBy.setValue(ProvidedBy.IN_HOUSE);
		this.provider.setId("service-provider");
		this.provider.setLabel(getTranslation("care.service.field.provider"));
		this.provider.setHelperText(getTranslation("care.service.field.provider.helper"));
		this.provider.setVisible(false);
		this.providedBy
			.addValueChangeListener(change -> this.provider.setVisible(change.getValue() == ProvidedBy.PARTNER));
		DatePickers.inUserLanguage(this.requestedOn).setId("service-requested-on");
		this.requestedOn.setLabel(getTranslation("care.service.field.requested-on"));
		this.requestedOn.setValue(UserLocale.today());
		DatePickers.inUserLanguage(this.dueBy).setId("service-due-by");
		this.dueBy.setLabel(getTranslation("care.service.field.due-by"));
		this.problems.field("type", this.type)
			.field("providedBy", this.providedBy)
			.field("provider", this.provider)
			.field("requestedOn", this.requestedOn)
			.field("dueBy", this.dueBy);
		add(new FormLayout(this.type, this.providedBy, this.provider, this.requestedOn, this.dueBy));
	}

	@Override
	protected String saveChange() {
		ReferenceItem chosen = this.type.getValue();
		this.plans.addService(this.code, this.goal,
				new NewService(chosen == null ? null : chosen.code(), this.providedBy.getValue(),
						this.provider.getValue(), this.requestedOn.getValue(), this.dueBy.getValue()));
		return "care.service.added";
	}

}
