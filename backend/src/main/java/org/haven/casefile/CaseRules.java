package org.haven.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.springframework.stereotype.Component;

/**
 * Checks coded answers against what may be answered: reference-list codes offered now (or
 * already recorded before an item was retired), the enums, ISO country codes, dates that
 * make sense. Problems name the field.
 */
@Component
class CaseRules {

	static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	static final Set<String> YES_NO = Set.of("YES", "NO");

	private final ReferenceData reference;

	private final Clock clock;

	CaseRules(ReferenceData reference, Clock clock) {
		this.reference = reference;
		this.clock = clock;
	}

	Situation check(Situation situation, Situation before) {
		Situation was = before == null ? Situation.NOT_ASKED : before;
		List<Problem> problems = new ArrayList<>();
		listed(problems, "acts", ReferenceList.ACTS, situation.acts(), was.acts());
		listed(problems, "means", ReferenceList.MEANS, situation.means(), was.means());
		listed(problems, "exploitationForms", ReferenceList.EXPLOITATION_FORMS, situation.exploitationForms(),
				was.exploitationForms());
		listed(problems, "controlMeans", ReferenceList.CONTROL_MEANS, situation.controlMeans(), was.controlMeans());
		listed(problems, "recruitmentChannels", ReferenceList.RECRUITMENT_CHANNELS, situation.recruitmentChannels(),
				was.recruitmentChannels());
		listed(problems, "sectors", ReferenceList.SECTORS, situation.sectors(), was.sectors());
		coded(problems, "countriesOfOrigin", situation.countriesOfOrigin(), COUNTRIES::contains);
		coded(problems, "countriesOfTransit", situation.countriesOfTransit(), COUNTRIES::contains);
		coded(problems, "countriesOfExploitation", situation.countriesOfExploitation(), COUNTRIES::contains);
		coded(problems, "officialsInvolved", situation.officialsInvolved(), YES_NO::contains);
		if (situation.officialsInvolved().codes().size() > 1) {
			problems.add(Problem.of("officialsInvolved", "case.answer.one-only"));
		}
		LocalDate today = LocalDate.now(this.clock);
		if (situation.exploitationFrom() != null && situation.exploitationFrom().isAfter(today)) {
			problems.add(Problem.of("exploitationFrom", "case.date.future"));
		}
		if (situation.exploitationTo() != null && situation.exploitationTo().isAfter(today)) {
			problems.add(Problem.of("exploitationTo", "case.date.future"));
		}
		if (situation.exploitationFrom() != null && situation.exploitationTo() != null
				&& situation.exploitationTo().isBefore(situation.exploitationFrom())) {
			problems.add(Problem.of("exploitationTo", "case.date.before-start"));
		}
		throwIfAny(problems);
		return situation;
	}

	Needs check(Needs needs) {
		List<Problem> problems = new ArrayList<>();
		coded(problems, "immediateNeeds", needs.immediateNeeds(), names(Needs.Need.values())::contains);
		throwIfAny(problems);
		return needs;
	}

	NonPunishment check(NonPunishment record) {
		List<Problem> problems = new ArrayList<>();
		coded(problems, "compelledOffences", record.compelledOffences(),
				names(NonPunishment.Offence.values())::contains);
		coded(problems, "proceedings", record.proceedings(), names(NonPunishment.Proceeding.values())::contains);
		coded(problems, "legalSupport", record.legalSupport(), names(NonPunishment.LegalSupport.values())::contains);
		throwIfAny(problems);
		return record;
	}

	LocalDate checkFollowUp(LocalDate on) {
		if (on != null && on.isBefore(LocalDate.now(this.clock))) {
			throw new InvalidInputException(Problem.of("nextFollowUpOn", "case.follow-up.past"));
		}
		return on;
	}

	private void listed(List<Problem> problems, String field, ReferenceList list, Answer answer, Answer before) {
		coded(problems, field, answer, code -> this.reference.isOffered(list, code)
				|| (before.codes().contains(code) && this.reference.find(list, code).isPresent()));
	}

	private static void coded(List<Problem> problems, String field, Answer answer, Predicate<String> known) {
		if (answer.state() == Answer.State.ANSWERED && answer.codes().isEmpty()) {
			problems.add(Problem.of(field, "case.answer.choose-or-decline"));
		}
		if (answer.codes().stream().anyMatch(code -> code == null || !known.test(code))) {
			problems.add(Problem.of(field, "case.answer.unknown-code"));
		}
		if (answer.codes().size() != Set.copyOf(answer.codes()).size()) {
			problems.add(Problem.of(field, "case.answer.repeated"));
		}
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
	}

	private static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
