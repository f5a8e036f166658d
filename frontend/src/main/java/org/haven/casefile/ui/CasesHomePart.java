package org.haven.casefile.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.DraftSummary;
import org.haven.casefile.IntakeService;
import org.haven.ui.HomePart;

/**
 * A caseworker's cases at a glance on the home page: the intakes they started and have
 * not finished, and how many of their cases stand at each stage. Counts only, never a
 * name.
 */
@org.springframework.stereotype.Component
class CasesHomePart implements HomePart {

	private final CaseService cases;

	private final IntakeService intake;

	CasesHomePart(CaseService cases, IntakeService intake) {
		this.cases = cases;
		this.intake = intake;
	}

	@Override
	public Optional<Component> newPart() {
		if (!CurrentUser.roles().contains(Role.CASEWORKER)) {
			return Optional.empty();
		}
		VerticalLayout part = new VerticalLayout();
		part.setPadding(false);
		part.setId("home-cases");
		part.add(unfinishedIntakes(part, this.intake.mine()), byStatus(part, this.cases.myCasesByStatus()));
		return Optional.of(part);
	}

	private static VerticalLayout unfinishedIntakes(Component translator, List<DraftSummary> drafts) {
		VerticalLayout unfinished = new VerticalLayout();
		unfinished.setPadding(false);
		unfinished.setId("home-intakes");
		unfinished.add(new H2(translator.getTranslation("home.intakes.title")));
		if (drafts.isEmpty()) {
			unfinished.add(new Paragraph(translator.getTranslation("home.intakes.none")));
			return unfinished;
		}
		RouterLink link = new RouterLink(translator.getTranslation("home.intakes.continue"), IntakeView.class);
		link.setId("home-intakes-continue");
		unfinished.add(new Paragraph(translator.getTranslation("home.intakes.waiting", drafts.size())), link);
		return unfinished;
	}

	private static VerticalLayout byStatus(Component translator, Map<CaseStatus, Long> counts) {
		VerticalLayout mine = new VerticalLayout();
		mine.setPadding(false);
		mine.setId("home-cases-by-status");
		mine.add(new H2(translator.getTranslation("home.cases.title")));
		if (counts.isEmpty()) {
			mine.add(new Paragraph(translator.getTranslation("home.cases.none")));
			return mine;
		}
		UnorderedList list = new UnorderedList();
		counts.forEach((status, count) -> list.add(
				new ListItem(translator.getTranslation("home.cases.count", CaseLabels.of(translator, status), count))));
		RouterLink all = new RouterLink(translator.getTranslation("home.cases.open-list"), MyCasesView.class);
		all.setId("home-cases-list");
		mine.add(list, all);
		return mine;
	}

	@Override
	public int getOrder() {
		return 50;
	}

}
