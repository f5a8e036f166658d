package org.haven.casefile.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.select.Select;
import org.haven.casefile.IntakeService;
import org.haven.organisation.Teams;
import org.haven.ui.InputProblems;
import org.jspecify.annotations.Nullable;

/**
 * The team the new case will belong to, among the caseworker's own: chosen already when
 * she has one, to choose when she has several (the server refuses a completion without),
 * absent when she has none yet, whose cases go to the main team.
 */
class IntakeTeamChoice extends Select<Teams.TeamName> {

	IntakeTeamChoice(List<Teams.TeamName> teams) {
		setId("intake-team");
		setLabel(getTranslation("intake.team"));
		setItems(teams);
		setItemLabelGenerator(Teams.TeamName::fullName);
		setVisible(!teams.isEmpty());
		if (teams.size() == 1) {
			setValue(teams.getFirst());
		}
		else {
			setRequiredIndicatorVisible(true);
			setHelperText(getTranslation("intake.team.choose"));
		}
	}

	@Nullable UUID chosen() {
		return getValue() == null ? null : getValue().id();
	}

	InputProblems problems() {
		return new InputProblems(this).field(IntakeService.TEAM_FIELD, this);
	}

}
