package org.haven.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.ErasureRequestRecord;
import org.haven.shared.Roles;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * Supervisors decide here on the erasures caseworkers asked for: by case code, reason,
 * who asked and when, never who the person is. Approving erases the identity for good,
 * after a warning; nobody decides on their own request. Haven asks here too when the
 * retention period of a closed case has ended (when it closed, its last after-care check,
 * since when it is due): the supervisor erases, or keeps the case for a coded reason
 * until a day; such a request is never refused. Oldest first.
 */
@Route(ErasureRequestsView.PATH)
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.erasure-requests", order = 22)
class ErasureRequestsView extends VerticalLayout implements HasDynamicTitle {

	static final String PATH = "supervision/erasures";

	final Grid<ErasureRequestRecord> grid = new Grid<>();

	private final CaseSupervision supervision;

	ErasureRequestsView(CaseSupervision supervision) {
		this.supervision = supervision;
		setId("erasure-requests-view");
		setSizeFull();
		this.grid.setId("erasure-requests");
		this.grid.addColumn(request -> request.code().value())
			.setHeader(getTranslation("supervision.case-code"))
			.setKey("code")
			.setAutoWidth(true);
		this.grid.addColumn(request -> CaseLabels.of(this, request.reason()))
			.setHeader(getTranslation("supervision.erasures.reason"))
			.setKey("reason");
		this.grid
			.addColumn(request -> request.ofRetention() ? getTranslation("supervision.retention.asked-by")
					: request.requestedBy())
			.setHeader(getTranslation("supervision.erasures.requested-by"))
			.setKey("requestedBy");
		this.grid.addColumn(this::retentionDates)
			.setHeader(getTranslation("supervision.erasures.details"))
			.setKey("dates")
			.setAutoWidth(true);
		this.grid.addColumn(request -> UserLocale.dateTime(request.requestedAt()))
			.setHeader(getTranslation("supervision.erasures.requested-at"))
			.setKey("requestedAt");
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("supervision.erasures.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.grid.setItems(
				page -> supervision.erasureRequests(VaadinSpringDataHelpers.toSpringPageRequest(page)).stream(),
				page -> supervision.countErasureRequests());
		add(new H1(getTranslation("supervision.erasures.title")),
				new Paragraph(getTranslation("supervision.erasures.intro")),
				new Paragraph(getTranslation("supervision.retention.intro")), this.grid);
	}

	private String retentionDates(ErasureRequestRecord request) {
		if (!request.ofRetention()) {
			return "";
		}
		if (request.lastAfterCareOn() == null) {
			return getTranslation("supervision.retention.details-no-after-care", UserLocale.date(request.closedOn()),
					UserLocale.date(request.dueSince()));
		}
		return getTranslation("supervision.retention.details", UserLocale.date(request.closedOn()),
				UserLocale.date(request.lastAfterCareOn()), UserLocale.date(request.dueSince()));
	}

	private Component actions(ErasureRequestRecord request) {
		Button approve = new Button(getTranslation("supervision.erasures.approve"), click -> confirm(request, true));
		approve.setId("approve-erasure-" + request.code().value());
		approve.addThemeVariants(ButtonVariant.ERROR);
		if (request.ofRetention()) {
			Button keep = new Button(getTranslation("supervision.retention.keep"),
					click -> new KeepCaseDialog(this.supervision, request, this.grid.getDataProvider()::refreshAll)
						.open());
			keep.setId("keep-case-" + request.code().value());
			return RowActions.of(approve, keep);
		}
		Button refuse = new Button(getTranslation("supervision.erasures.refuse"), click -> confirm(request, false));
		refuse.setId("refuse-erasure-" + request.code().value());
		return RowActions.of(approve, refuse);
	}

	private void confirm(ErasureRequestRecord request, boolean approve) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId(approve ? "approve-erasure" : "refuse-erasure");
		String code = request.code().value();
		if (approve) {
			dialog.setHeader(getTranslation("supervision.erasures.approve.title", code));
			dialog.setText(request.ofRetention() ? getTranslation("supervision.retention.approve.text")
					: getTranslation("supervision.erasures.approve.text", request.requestedBy(),
							CaseLabels.of(this, request.reason())));
			dialog.setConfirmText(getTranslation("supervision.erasures.approve"));
			dialog.setConfirmButtonTheme("error primary");
		}
		else {
			dialog.setHeader(getTranslation("supervision.erasures.refuse.title", code));
			dialog.setText(getTranslation("supervision.erasures.refuse.text", request.requestedBy()));
			dialog.setConfirmText(getTranslation("supervision.erasures.refuse"));
		}
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.addConfirmListener(confirmed -> decide(
				approve ? () -> this.supervision.approveErasure(request.id())
						: () -> this.supervision.refuseErasure(request.id()),
				approve ? "supervision.erasures.approved" : "supervision.erasures.refused"));
		dialog.open();
	}

	private void decide(Runnable decision, String doneMessageKey) {
		SupervisorDecisions.apply(this, decision, doneMessageKey, this.grid.getDataProvider()::refreshAll);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("supervision.erasures.title");
	}

}
