package org.haven.assistance.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.assistance.AfterCare;
import org.haven.assistance.AfterCareCheck;
import org.haven.assistance.ContactChannel;
import org.haven.assistance.ContactKind;
import org.haven.assistance.NewAfterCareCheck;
import org.haven.assistance.SafetyNow;
import org.haven.assistance.ScreenAnswer;
import org.haven.assistance.Task;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.reference.ReferenceList;
import org.haven.ui.DatePickers;
import org.haven.ui.UserLocale;

/**
 * A contact with the person, a follow-up of the open case or an after-care check after
 * closure: whether the person was reached and how, how safe they are now, the three
 * questions of the short re-trafficking screen as they are read to the person (each may
 * be declined), the services still needed, and notes. The contact answers its task, if it
 * has one. What the contact found is handed on, so that a risk can be acted on.
 */
class AfterCareCheckDialog extends CarePlanDialog {

	private final DatePicker checkedOn = new DatePicker();

	private final Checkbox contactMade = new Checkbox();

	private final Select<ContactChannel> channel = new Select<>();

	private final Select<SafetyNow> safetyNow = new Select<>();

	private final RadioButtonGroup<ScreenAnswer> approached = new RadioButtonGroup<>();

	private final RadioButtonGroup<ScreenAnswer> debt = new RadioButtonGroup<>();

	private final RadioButtonGroup<ScreenAnswer> unsafeHome = new RadioButtonGroup<>();

	private final MultiSelectComboBox<ReferenceItem> services = new MultiSelectComboBox<>();

	private final TextArea notes = new TextArea();

	private final AfterCare afterCare;

	private final CaseCode code;

	private final Task task;

	private final ContactKind kind;

	private final Consumer<AfterCareCheck> recorded;

	AfterCareCheckDialog(AfterCare afterCare, ReferenceData reference, CaseCode code, ContactKind kind, Task task,
			Consumer<AfterCareCheck> recorded, Runnable afterSave) {
		super(kind == ContactKind.FOLLOW_UP ? "follow-up-contact-dialog" : "after-care-dialog",
				kind == ContactKind.FOLLOW_UP ? "save-follow-up-contact" : "save-after-care", afterSave);
		setHeaderTitle(getTranslation(kind == ContactKind.FOLLOW_UP ? "follow-up.title" : "after-care.title"));
		this.kind = kind;
		this.afterCare = afterCare;
		this.code = code;
		this.task = task;
		this.recorded = recorded;
		DatePickers.inUserLanguage(this.checkedOn).setId("after-care-checked-on");
		this.checkedOn.setLabel(getTranslation("after-care.field.checked-on"));
		this.checkedOn.setValue(UserLocale.today());
		this.contactMade.setId("after-care-contact-made");
		this.contactMade.setLabel(getTranslation("after-care.field.contact-made"));
		this.contactMade.setValue(true);
		choice(this.channel, "after-care-channel", "after-care.field.channel", ContactChannel.values());
		this.contactMade.addValueChangeListener(change -> this.channel.setVisible(change.getValue()));
		choice(this.safetyNow, "after-care-safety-now", "after-care.field.safety-now", SafetyNow.values());
		question(this.approached, "after-care-approached", "after-care.field.approached");
		question(this.debt, "after-care-debt", "after-care.field.debt");
		question(this.unsafeHome, "after-care-unsafe-home", "after-care.field.unsafe-home");
		this.services.setId("after-care-services");
		this.services.setLabel(getTranslation("after-care.field.services"));
		this.services.setItems(reference.active(ReferenceList.SERVICE_TYPES));
		this.services.setItemLabelGenerator(item -> item.label(UserLocale.current()));
		this.notes.setId("after-care-notes");
		this.notes.setLabel(getTranslation("after-care.field.notes"));
		this.notes.setWidthFull();
		this.problems.field("checkedOn", this.checkedOn)
			.field("channel", this.channel)
			.field("safetyNow", this.safetyNow)
			.field("approachedWithWorkOrTravel", this.approached)
			.field("pressedAboutDebt", this.debt)
			.field("unsafeWhereLiving", this.unsafeHome)
			.field("notes", this.notes);
		FormLayout form = new FormLayout(this.checkedOn, this.contactMade, this.channel, this.safetyNow,
				this.approached, this.debt, this.unsafeHome, this.services, this.notes);
		List<Component> wide = List.of(this.approached, this.debt, this.unsafeHome, this.services, this.notes);
		wide.forEach(field -> form.setColspan(field, 2));
		add(new Paragraph(getTranslation(kind == ContactKind.FOLLOW_UP ? "follow-up.intro" : "after-care.intro")),
				form);
	}

	private <T extends Enum<T>> void choice(Select<T> select, String id, String labelKey, T[] values) {
		select.setId(id);
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
	}

	private void question(RadioButtonGroup<ScreenAnswer> group, String id, String labelKey) {
		group.setId(id);
		group.setLabel(getTranslation(labelKey));
		group.setItems(ScreenAnswer.values());
		group.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
	}

	@Override
	protected String saveChange() {
		NewAfterCareCheck contact = new NewAfterCareCheck(this.checkedOn.getValue(), this.contactMade.getValue(),
				this.contactMade.getValue() ? this.channel.getValue() : null, this.safetyNow.getValue(),
				this.approached.getValue(), this.debt.getValue(), this.unsafeHome.getValue(),
				this.services.getValue().stream().map(ReferenceItem::code).toList(), this.notes.getValue());
		AfterCareCheck check = this.task == null ? this.afterCare.recordFollowUp(this.code, contact)
				: this.afterCare.record(this.code, this.task.id(), this.task.version(), contact);
		this.recorded.accept(check);
		return this.kind == ContactKind.FOLLOW_UP ? "follow-up.recorded" : "after-care.recorded";
	}

}
