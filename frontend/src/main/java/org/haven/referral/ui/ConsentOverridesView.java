package org.haven.referral.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.haven.person.ui.Labels;
import org.haven.referral.OverriddenReferral;
import org.haven.referral.Referrals;
import org.haven.shared.Roles;
import org.haven.ui.UserLocale;
import org.springframework.data.domain.PageRequest;

/**
 * Supervisors look back here at every referral that went, or may go, to a partner without
 * the person's consent because a supervisor overrode its absence: the case by its code,
 * the partner, where the referral stands, the coded reason, who decided and when. Most
 * recent first, a page at a time; never what the package carries.
 */
@Route(ConsentOverridesView.PATH)
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.consent-overrides", order = 25)
class ConsentOverridesView extends VerticalLayout implements HasDynamicTitle {

	static final String PATH = "supervision/consent-overrides";

	final Grid<OverriddenReferral> grid = new Grid<>();

	ConsentOverridesView(Referrals referrals) {
		setId("consent-overrides-view");
		setSizeFull();
		this.grid.setId("consent-overrides");
		this.grid.addColumn(overridden -> overridden.code().value())
			.setHeader(getTranslation("supervision.case-code"))
			.setKey("code")
			.setAutoWidth(true);
		this.grid.addColumn(OverriddenReferral::partnerName)
			.setHeader(getTranslation("supervision.consent-overrides.partner"))
			.setKey("partner");
		this.grid.addColumn(overridden -> getTranslation(Labels.keyOf(overridden.override().reason())))
			.setHeader(getTranslation("supervision.consent-overrides.reason"))
			.setKey("reason");
		this.grid.addColumn(overridden -> overridden.override().supervisor())
			.setHeader(getTranslation("supervision.consent-overrides.supervisor"))
			.setKey("supervisor");
		this.grid.addColumn(overridden -> UserLocale.dateTime(overridden.override().at()))
			.setHeader(getTranslation("supervision.consent-overrides.at"))
			.setKey("at");
		this.grid.addColumn(overridden -> getTranslation(Labels.keyOf(overridden.status())))
			.setHeader(getTranslation("supervision.consent-overrides.status"))
			.setKey("status");
		this.grid.addColumn(overridden -> UserLocale.date(overridden.sentOn()))
			.setHeader(getTranslation("supervision.consent-overrides.sent-on"))
			.setKey("sentOn");
		this.grid.setItems(page -> referrals.overrides(VaadinSpringDataHelpers.toSpringPageRequest(page)).stream(),
				page -> (int) referrals.overrides(PageRequest.ofSize(1)).getTotalElements());
		add(new H1(getTranslation("supervision.consent-overrides.title")),
				new Paragraph(getTranslation("supervision.consent-overrides.intro")), this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("supervision.consent-overrides.title");
	}

}
