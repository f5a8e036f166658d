package org.haven.casefile.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSummary;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Roles;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.SearchResults;
import org.haven.ui.UserLocale;
import org.springframework.data.domain.PageRequest;

/**
 * A caseworker's own cases: found by case code, or by name, phone or document number
 * through the blind indexes, narrowed by status and follow-ups due, a page at a time.
 */
@Route("cases")
@RolesAllowed(Roles.CASEWORKER)
@Menu(title = "nav.my-cases", order = 10)
class MyCasesView extends VerticalLayout implements HasDynamicTitle {

	final Select<CaseQuery.SearchBy> searchBy = new Select<>();

	final TextField text = new TextField();

	final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>();

	final Checkbox followUpDue = new Checkbox();

	final Button search = new Button();

	final Grid<CaseSummary> cases = new Grid<>();

	final Button newIntake = new Button();

	final Button breakGlass = new Button();

	final Paragraph searchFailed = new Paragraph();

	private final CaseService service;

	private final InputProblems problems;

	private CaseQuery query = CaseQuery.all();

	MyCasesView(CaseService service) {
		this.service = service;
		setId("my-cases");
		setSizeFull();
		this.searchBy.setId("search-by");
		this.searchBy.setLabel(getTranslation("cases.search-by"));
		this.searchBy.setItems(CaseQuery.SearchBy.values());
		this.searchBy.setItemLabelGenerator(by -> CaseLabels.of(this, by));
		this.searchBy.setValue(CaseQuery.SearchBy.CASE_CODE);
		this.text.setId("search-text");
		this.text.setLabel(getTranslation("cases.search-text"));
		this.text.setClearButtonVisible(true);
		this.text.addKeyPressListener(Key.ENTER, press -> search());
		this.statuses.setId("status-filter");
		this.statuses.setLabel(getTranslation("cases.status-filter"));
		this.statuses.setItems(CaseStatus.values());
		this.statuses.setItemLabelGenerator(status -> CaseLabels.of(this, status));
		this.followUpDue.setId("follow-up-due");
		this.followUpDue.setLabel(getTranslation("cases.follow-up-due"));
		this.search.setId("search");
		this.search.setText(getTranslation("cases.search"));
		this.search.addThemeVariants(ButtonVariant.PRIMARY);
		this.search.addClickListener(click -> search());
		this.newIntake.setId("new-intake");
		this.newIntake.setText(getTranslation("cases.new-intake"));
		this.newIntake.addClickListener(click -> CaseNavigation.toIntakes());
		this.breakGlass.setId("break-glass");
		this.breakGlass.setText(getTranslation("cases.break-glass"));
		this.breakGlass.addThemeVariants(ButtonVariant.TERTIARY);
		this.breakGlass.addClickListener(click -> new BreakGlassDialog(this.service).open());
		this.problems = new InputProblems(this).field("text", this.text);
		this.cases.setId("cases-grid");
		this.cases.addColumn(summary -> summary.code().value())
			.setHeader(getTranslation("cases.code"))
			.setKey("code")
			.setAutoWidth(true);
		this.cases.addColumn(summary -> CaseLabels.of(this, summary.status()))
			.setHeader(getTranslation("cases.status"))
			.setKey("status");
		this.cases
			.addColumn(summary -> getTranslation(summary.primary() ? "cases.role.primary" : "cases.role.secondary"))
			.setHeader(getTranslation("cases.role"))
			.setKey("role");
		this.cases.addColumn(summary -> UserLocale.date(summary.nextFollowUpOn()))
			.setHeader(getTranslation("cases.next-follow-up"))
			.setKey("follow-up");
		this.cases.addColumn(summary -> summary.closureRequested() ? getTranslation("cases.closure-requested") : "")
			.setHeader(getTranslation("cases.closure"))
			.setKey("closure");
		this.cases.addColumn(summary -> UserLocale.dateTime(summary.updatedAt()))
			.setHeader(getTranslation("cases.updated"))
			.setKey("updated");
		this.cases.addItemClickListener(click -> open(click.getItem()));
		this.cases.setEmptyStateText(getTranslation("cases.none"));
		this.searchFailed.setId("search-failed");
		this.searchFailed.setText(getTranslation("cases.search-failed"));
		this.searchFailed.addClassName("haven-warning");
		this.searchFailed.getElement().setAttribute("role", "alert");
		this.searchFailed.setVisible(false);
		HorizontalLayout filters = new HorizontalLayout(this.searchBy, this.text, this.statuses, this.followUpDue,
				this.search);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(new H1(getTranslation("cases.title")), new HorizontalLayout(this.newIntake, this.breakGlass), filters,
				this.searchFailed, this.cases);
		show(this.query);
	}

	void search() {
		this.problems.clear();
		CaseQuery wanted;
		try {
			wanted = new CaseQuery(this.searchBy.getValue(), this.text.getValue(), this.statuses.getValue(),
					this.followUpDue.getValue());
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		show(wanted);
	}

	private void show(CaseQuery wanted) {
		this.query = wanted;
		CaseQuery current = wanted;
		this.searchFailed.setVisible(false);
		SearchResults.show(this.cases,
				page -> this.service.myCases(current, VaadinSpringDataHelpers.toSpringPageRequest(page)).stream(),
				page -> (int) this.service.myCases(current, PageRequest.ofSize(1)).getTotalElements(),
				() -> this.searchFailed.setVisible(true));
	}

	private void open(CaseSummary summary) {
		CaseNavigation.toCase(summary.code());
	}

	List<CaseSummary> shown() {
		return this.cases.getLazyDataView().getItems().toList();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("cases.title");
	}

}
