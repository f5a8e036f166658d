package org.haven.assistance.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.assistance.CarePlans;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ServiceStatus;
import org.haven.assistance.ServiceUpdate;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.haven.ui.DatePickers;
import org.haven.ui.UserLocale;

/** Where a service stands now, when it was delivered, and what came of it. */
class ServiceUpdateDialog extends CarePlanDialog {

	private final Select<ServiceStatus> status = new Select<>();

	private final DatePicker deliveredOn = new DatePicker();

	private final TextArea outcome = new TextArea();

	private final CarePlans plans;

	private final CaseCode code;

	private final PlannedService service;

	ServiceUpdateDialog(CarePlans plans, CaseCode code, PlannedService service, String serviceName,
			Runnable afterSave) {
		super("service-update-dialog", "save-service-update", afterSave);
		setHeaderTitle(getTranslation("care.service.update.title", serviceName));
		this.plans = plans;
		this.code = code;
		this.service = service;
		this.status.setId("service-status");
		this.status.setLabel(getTranslation("care.service.field.status"));
		this.status.setItems(ServiceStatus.values());
		this.status.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.status.setValue(service.status());
		DatePickers.inUserLanguage(this.deliveredOn).setId("service-delivered-on");
		this.deliveredOn.setLabel(getTranslation("care.service.field.delivered-on"));
		this.deliveredOn.setValue(service.deliveredOn() == null ? UserLocale.today() : service.deliveredOn());
		this.deliveredOn.setVisible(service.status() == ServiceStatus.DELIVERED);
		this.status.addValueChangeListener(
				change -> this.deliveredOn.setVisible(change.getValue() == ServiceStatus.DELIVERED));
		this.outcome.setId("service-outcome");
		this.outcome.setLabel(getTranslation("care.service.field.outcome"));
		this.outcome.setWidthFull();
		this.outcome.setValue(service.outcome() == null ? "" : service.outcome());
		this.problems.field("status", this.status)
			.field("deliveredOn", this.deliveredOn)
			.field("outcome", this.outcome);
		FormLayout form = new FormLayout(this.status, this.deliveredOn, this.outcome);
		form.setColspan(this.outcome, 2);
		add(form);
	}

	@Override
	protected String saveChange() {
		this.plans.updateService(this.code, this.service.id(), this.service.version(),
				new ServiceUpdate(this.status.getValue(), this.deliveredOn.getValue(), this.outcome.getValue()));
		return "care.service.updated";
	}

}
