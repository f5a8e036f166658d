package org.haven.reference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.reference.NewReferenceItem;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.reference.ReferenceList;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Roles;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;

/**
 * Administrators keep the coded lists here: add items, correct their labels, retire those
 * no longer wanted and reinstate them. Codes never change and nothing is deleted, because
 * cases store the codes.
 */
@Route("admin/reference-lists")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.reference-lists", order = 84)
class ReferenceListsView extends VerticalLayout implements HasDynamicTitle {

	final Select<ReferenceList> list = new Select<>();

	final Grid<ReferenceItem> grid = new Grid<>();

	final TextField code = new TextField();

	final LabelFields labels = new LabelFields("new-label-");

	final Checkbox online = new Checkbox();

	final Button add = new Button();

	private final ReferenceData reference;

	private final InputProblems problems;

	ReferenceListsView(ReferenceData reference) {
		this.reference = reference;
		setId("reference-lists-view");
		this.problems = this.labels.shownIn(new InputProblems(this).field("code", this.code));
		add(new H1(getTranslation("reference.title")), new Paragraph(getTranslation("reference.intro")));

		this.list.setId("reference-list");
		this.list.setLabel(getTranslation("reference.list"));
		this.list.setItems(ReferenceList.values());
		this.list.setItemLabelGenerator(each -> getTranslation(each.messageKey()));
		this.list.setValue(ReferenceList.values()[0]);
		this.list.addValueChangeListener(change -> {
			this.problems.clear();
			refresh();
		});
		this.problems.field("online", this.online);

		this.grid.setId("reference-items");
		this.grid.addColumn(ReferenceItem::code).setHeader(getTranslation("reference.code")).setKey("code");
		this.grid.addColumn(item -> item.label(getLocale()))
			.setHeader(getTranslation("reference.label"))
			.setKey("label");
		this.grid.addColumn(this::status).setHeader(getTranslation("reference.status")).setKey("status");
		this.grid.addColumn(item -> item.online() ? getTranslation("reference.online.yes") : "")
			.setHeader(getTranslation("reference.online"))
			.setKey("online");
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("reference.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.grid.setAllRowsVisible(true);

		this.code.setId("new-code");
		this.code.setLabel(getTranslation("reference.code"));
		this.code.setHelperText(getTranslation("reference.code.rule"));
		this.online.setId("new-online");
		this.online.setLabel(getTranslation("reference.online.new"));
		this.online.setHelperText(getTranslation("reference.online.rule"));
		this.add.setId("add-item");
		this.add.setText(getTranslation("reference.add"));
		this.add.addThemeVariants(ButtonVariant.PRIMARY);
		this.add.addClickListener(click -> addItem());

		add(this.list, this.grid, new H2(getTranslation("reference.add.title")), new FormLayout(this.code), this.labels,
				this.online, this.add);
		refresh();
	}

	void refresh() {
		this.grid.setItems(this.reference.all(this.list.getValue()));
		this.grid.getColumnByKey("online").setVisible(this.list.getValue().mayBeOnline());
		this.online.setVisible(this.list.getValue().mayBeOnline());
		this.online.clear();
	}

	private void addItem() {
		try {
			this.reference.add(this.list.getValue(), new NewReferenceItem(this.code.getValue(), this.labels.values(),
					this.online.getValue() && this.list.getValue().mayBeOnline()));
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		this.problems.clear();
		this.code.clear();
		this.labels.clear();
		this.online.clear();
		Notifications.success(getTranslation("reference.added"));
		refresh();
	}

	private String status(ReferenceItem item) {
		return getTranslation(item.retired() ? "reference.status.retired" : "reference.status.active");
	}

	private Component actions(ReferenceItem item) {
		Button relabel = new Button(getTranslation("reference.relabel"),
				click -> new RelabelDialog(this.reference, item, this::refresh).open());
		relabel.setId("relabel-" + item.code());
		Button retireOrReinstate = item.retired()
				? new Button(getTranslation("reference.reinstate"),
						click -> change(() -> this.reference.reinstate(item.list(), item.code(), item.version())))
				: new Button(getTranslation("reference.retire"),
						click -> change(() -> this.reference.retire(item.list(), item.code(), item.version())));
		retireOrReinstate.setId((item.retired() ? "reinstate-" : "retire-") + item.code());
		return RowActions.of(relabel, retireOrReinstate);
	}

	private void change(Runnable action) {
		RowActions.change(this, action, "reference.conflict", this::refresh);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reference.title");
	}

}
