package org.haven.casefile.ui;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Caseworker;
import org.haven.casefile.ClosureConcern;
import org.haven.casefile.ClosureState;
import org.haven.casefile.SupervisorQuery;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Roles;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;
import org.haven.ui.SearchResults;
import org.haven.ui.UserLocale;
import org.springframework.data.domain.PageRequest;

/**
 * Supervisors see every case of their teams here by its code: where it stands, who works
 * on it, when it changed, and the person's coded profile, never who the person is nor
 * what the notes say. From here they assign caseworkers, ask another team to take a case,
 * and decide on closure requests. Opening a row shows what the modules around the case
 * keep of it ({@link SupervisedCasePart}), by statuses and dates.
 */
@Route("supervision/cases")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.supervision-cases", order = 20)
class SupervisorCasesView extends VerticalLayout implements HasDynamicTitle {

	/**
	 * Room for Assign, Transfer, Approve and Return side by side whatever rows the first
	 * page holds; the column stays at the right edge while the others scroll.
	 */
	static final String ACTIONS_WIDTH = "26em";

	final TextField code = new TextField();

	final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>();

	final Checkbox awaitingDecision = new Checkbox();

	final Button search = new Button();

	final Grid<CaseOverview> grid = new Grid<>();

	final Paragraph searchFailed = new Paragraph();

	private final CaseSupervision supervision;

	private SupervisorQuery query = SupervisorQuery.all();

	SupervisorCasesView(CaseSupervision supervision, List<SupervisedCasePart> parts) {
		this.supervision = supervision;
		setId("supervisor-cases-view");
		setSizeFull();
		this.code.setLabel(getTranslation("supervision.code"));
		this.code.setId("supervision-code");
		this.code.setClearButtonVisible(true);
		this.code.addKeyPressListener(Key.ENTER, enter -> search());
		this.statuses.setLabel(getTranslation("supervision.statuses"));
		this.statuses.setId("supervision-statuses");
		this.statuses.setItems(EnumSet.allOf(CaseStatus.class));
		this.statuses.setItemLabelGenerator(status -> CaseLabels.of(this, status));
		this.statuses.addValueChangeListener(change -> search());
		this.awaitingDecision.setLabel(getTranslation("supervision.awaiting-decision"));
		this.awaitingDecision.setId("supervision-awaiting-decision");
		this.awaitingDecision.addValueChangeListener(change -> search());
		this.search.setText(getTranslation("supervision.search"));
		this.search.setId("supervision-search");
		this.search.addThemeVariants(ButtonVariant.PRIMARY);
		this.search.addClickListener(click -> search());

		this.grid.setId("supervision-cases");
		this.grid.addColumn(overview -> overview.code().value())
			.setHeader(getTranslation("supervision.case-code"))
			.setKey("code")
			.setAutoWidth(true);
		this.grid.addColumn(overview -> CaseLabels.of(this, overview.status()))
			.setHeader(getTranslation("supervision.status"))
			.setKey("status");
		this.grid.addColumn(CaseOverview::teamName).setHeader(getTranslation("supervision.team")).setKey("team");
		this.grid.addColumn(this::primary).setHeader(getTranslation("supervision.primary")).setKey("primary");
		this.grid.addColumn(this::others).setHeader(getTranslation("supervision.others")).setKey("others");
		this.grid.addColumn(overview -> UserLocale.dateTime(overview.openedAt()))
			.setHeader(getTranslation("supervision.opened"))
			.setKey("opened");
		this.grid.addColumn(overview -> UserLocale.dateTime(overview.updatedAt()))
			.setHeader(getTranslation("supervision.updated"))
			.setKey("updated");
		this.grid.addColumn(overview -> UserLocale.date(overview.nextFollowUpOn()))
			.setHeader(getTranslation("supervision.follow-up"))
			.setKey("followUp");
		this.grid.addColumn(this::closureFlagged).setHeader(getTranslation("supervision.closure")).setKey("closure");
		this.grid.addColumn(overview -> profile(overview.gender()))
			.setHeader(getTranslation("supervision.gender"))
			.setKey("gender");
		this.grid.addColumn(overview -> profile(overview.ageBand()))
			.setHeader(getTranslation("supervision.age-band"))
			.setKey("ageBand");
		this.grid.addColumn(overview -> CaseLabels.nationality(this, overview.nationality()))
			.setHeader(getTranslation("supervision.nationality"))
			.setKey("nationality");
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("supervision.actions"))
			.setKey("actions")
			.setWidth(ACTIONS_WIDTH)
			.setFlexGrow(0)
			.setFrozenToEnd(true);

		List<SupervisedCasePart> inOrder = parts.stream()
			.sorted(Comparator.comparingInt(SupervisedCasePart::getOrder))
			.toList();
		this.grid.setItemDetailsRenderer(new ComponentRenderer<>(overview -> details(overview, inOrder)));

		this.searchFailed.setId("supervision-search-failed");
		this.searchFailed.setText(getTranslation("cases.search-failed"));
		this.searchFailed.addClassName("haven-warning");
		this.searchFailed.getElement().setAttribute("role", "alert");
		this.searchFailed.setVisible(false);

		HorizontalLayout filters = new HorizontalLayout(this.code, this.statuses, this.awaitingDecision, this.search);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(new H1(getTranslation("supervision.cases.title")), new Paragraph(getTranslation("supervision.cases.intro")),
				filters, this.searchFailed, this.grid);
		search();
	}

	/** Applies the filters; a malformed case code is shown on its field. */
	void search() {
		InputProblems problems = new InputProblems(this).field("code", this.code);
		SupervisorQuery next;
		try {
			next = new SupervisorQuery(this.code.getValue(), this.statuses.getValue(),
					this.awaitingDecision.getValue());
		}
		catch (InvalidInputException refused) {
			problems.show(refused).forEach(Notifications::error);
			return;
		}
		problems.clear();
		this.query = next;
		SupervisorQuery current = next;
		this.searchFailed.setVisible(false);
		SearchResults.show(this.grid,
				page -> this.supervision.cases(current, VaadinSpringDataHelpers.toSpringPageRequest(page)).stream(),
				page -> (int) this.supervision.cases(current, PageRequest.ofSize(1)).getTotalElements(),
				() -> this.searchFailed.setVisible(true));
	}

	void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	SupervisorQuery currentQuery() {
		return this.query;
	}

	private String primary(CaseOverview overview) {
		return overview.caseworkers()
			.stream()
			.filter(Caseworker::primary)
			.map(Caseworker::name)
			.collect(Collectors.joining(", "));
	}

	private String others(CaseOverview overview) {
		return overview.caseworkers()
			.stream()
			.filter(caseworker -> !caseworker.primary())
			.map(Caseworker::name)
			.sorted()
			.collect(Collectors.joining(", "));
	}

	/** Where the closure stands and, for a pending request, what it is flagged for. */
	private String closureFlagged(CaseOverview overview) {
		String closure = closure(overview.closure());
		if (overview.closure() == null || !overview.closure().pending()) {
			return closure;
		}
		List<ClosureConcern> concerns = this.supervision.closureConcerns(overview.code());
		return concerns.isEmpty() ? closure : closure + " · " + getTranslation("supervision.closure.concerns",
				concerns.stream().map(concern -> CaseLabels.of(this, concern)).collect(Collectors.joining("; ")));
	}

	String closure(ClosureState closure) {
		if (closure == null) {
			return "";
		}
		if (closure.pending()) {
			return getTranslation("supervision.closure.requested", CaseLabels.of(this, closure.requestedOutcome()));
		}
		if (closure.closedAt() != null) {
			return getTranslation("supervision.closure.closed", CaseLabels.of(this, closure.requestedOutcome()));
		}
		if (closure.returnedFor() != null) {
			return getTranslation("supervision.closure.returned", CaseLabels.of(this, closure.returnedFor()));
		}
		if (closure.reopenedFor() != null) {
			return getTranslation("supervision.closure.reopened", CaseLabels.of(this, closure.reopenedFor()));
		}
		return "";
	}

	/** What the modules around the case show of it, when its row is opened. */
	private static Component details(CaseOverview overview, List<SupervisedCasePart> parts) {
		VerticalLayout details = new VerticalLayout();
		details.setId("supervision-details-" + overview.code().value());
		details.setPadding(false);
		parts.forEach(part -> details.add(part.newPart(overview)));
		return details;
	}

	private String profile(Enum<?> answer) {
		return answer == null ? getTranslation("case.answer.not-asked") : CaseLabels.of(this, answer);
	}

	private Component actions(CaseOverview overview) {
		String code = overview.code().value();
		Button assign = new Button(getTranslation("supervision.assign"),
				click -> new AssignDialog(this.supervision, overview, this).open());
		assign.setId("assign-" + code);
		Button transfer = new Button(getTranslation("supervision.transfer"),
				click -> new TransferDialog(this.supervision, overview, this).open());
		transfer.setId("transfer-" + code);
		if (overview.closure() == null || !overview.closure().pending()) {
			return RowActions.of(assign, transfer);
		}
		Button approve = new Button(getTranslation("supervision.approve"), click -> confirmApproval(overview));
		approve.setId("approve-" + code);
		Button giveBack = new Button(getTranslation("supervision.return"),
				click -> new ReturnClosureDialog(this.supervision, overview, this).open());
		giveBack.setId("return-" + code);
		return RowActions.of(assign, transfer, approve, giveBack);
	}

	private void confirmApproval(CaseOverview overview) {
		List<ClosureConcern> concerns = this.supervision.closureConcerns(overview.code());
		if (!concerns.isEmpty()) {
			new ApproveDespiteConcernsDialog(this.supervision, overview, concerns, this).open();
			return;
		}
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("approve-closure");
		dialog.setHeader(getTranslation("supervision.approve.title", overview.code().value()));
		dialog.setText(
				getTranslation("supervision.approve.text", CaseLabels.of(this, overview.closure().requestedOutcome())));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation("supervision.approve"));
		dialog.addConfirmListener(confirmed -> decide(null, new InputProblems(this),
				() -> this.supervision.approveClosure(overview.code(), overview.version()),
				"supervision.closure-approved"));
		dialog.open();
	}

	/**
	 * Applies a supervisor's decision. Refused input stays in the dialog next to its
	 * fields; a conflict or success closes the dialog and reloads the list, so nothing is
	 * decided on a stale row.
	 */
	void decide(Dialog dialog, InputProblems problems, Runnable decision, String doneMessageKey) {
		try {
			decision.run();
			Notifications.success(getTranslation(doneMessageKey));
		}
		catch (InvalidInputException refused) {
			List<String> formMessages = problems.show(refused);
			formMessages.forEach(Notifications::error);
			if (dialog != null) {
				return;
			}
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("supervision.conflict"));
		}
		catch (NotFoundException gone) {
			Notifications.error(getTranslation("supervision.not-found"));
		}
		if (dialog != null) {
			dialog.close();
		}
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("supervision.cases.title");
	}

}
