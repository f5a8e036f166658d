package org.haven.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

/**
 * Corrects an item's labels; its code stays. Refused labels stay in the dialog next to
 * their fields.
 */
class RelabelDialog extends Dialog {

	final LabelFields labels = new LabelFields("relabel-");

	final Button save = new Button();

	private final ReferenceData reference;

	private final ReferenceItem item;

	private final Runnable afterSave;

	private final InputProblems problems;

	RelabelDialog(ReferenceData reference, ReferenceItem item, Runnable afterSave) {
		this.reference = reference;
		this.item = item;
		this.afterSave = afterSave;
		setId("relabel-dialog");
		setHeaderTitle(getTranslation("reference.relabel.title", item.code()));
		this.labels.show(item.labels());
		this.problems = this.labels.shownIn(new InputProblems(this));
		add(this.labels);

		this.save.setText(getTranslation("action.save"));
		this.save.setId("save-labels");
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> save());
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	private void save() {
		try {
			this.reference.relabel(this.item.list(), this.item.code(), this.item.version(), this.labels.values());
			Notifications.success(getTranslation("reference.relabelled"));
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("reference.conflict"));
		}
		close();
		this.afterSave.run();
	}

}
