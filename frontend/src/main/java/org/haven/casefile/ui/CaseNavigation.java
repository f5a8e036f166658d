package org.haven.casefile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.haven.casefile.CaseCode;
import org.haven.casefile.DraftId;

/**
 * Where the caseworker's screens lead, by the screen's class and a typed code rather than
 * by a string address: a route that changes, or a code put where another is expected,
 * fails to compile instead of leading nowhere. New case screens add their way in here;
 * other modules' screens lead to a case through it too.
 */
public final class CaseNavigation {

	private CaseNavigation() {
	}

	public static void toCase(CaseCode code) {
		UI.getCurrent().navigate(CaseView.class, parametersOf(code));
	}

	/** The address of a case, for a link. */
	public static String caseUrl(CaseCode code) {
		return RouteConfiguration.forApplicationScope().getUrl(CaseView.class, parametersOf(code));
	}

	/** The intake screen with the caseworker's drafts. */
	static void toIntakes() {
		UI.getCurrent().navigate(IntakeView.class);
	}

	/** The intake of a draft, such as one a received referral started. */
	public static void toDraft(DraftId draft) {
		UI.getCurrent().navigate(IntakeView.class, draft.value());
	}

	private static RouteParameters parametersOf(CaseCode code) {
		return new RouteParameters(CaseView.CODE, code.value());
	}

}
