package org.haven.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.casefile.CaseStatus;
import org.haven.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * What an administration must be to be recorded, checked all at once so that the
 * caseworker sees every problem by its field: a published, unretired version; one
 * baseline per case and instrument, and nothing else before it (in order or by day); an
 * administration after closure only at an after-care check, and none such before; an
 * answer for every item of the kind the instrument asks for, a score from 1 to 4 only
 * when scored, and a reason for every score. After closure, where the case has
 * after-care, the administration names one of the case's recorded after-care checks, at
 * most once per instrument (decision 0034).
 */
final class AdministrationRules {

	static final int MAX_REASON_LENGTH = 2000;

	private AdministrationRules() {
	}

	/**
	 * @param instrument the version named, or null when none is published
	 * @param earlier the case's administrations of the same instrument code
	 * @return the checked reasons by item, stripped
	 */
	static Map<String, String> check(Problems problems, NewAdministration given, @Nullable Instrument instrument,
			List<AdministrationEntry> earlier, CaseStatus status, LocalDate today) {
		if (given.instrument() == null || instrument == null) {
			problems.add("instrument", "assessment.instrument.unknown");
		}
		else if (instrument.standing() != Instrument.Standing.PUBLISHED) {
			problems.add("instrument", "assessment.instrument.retired");
		}
		AdministrationEntry baseline = earlier.stream()
			.filter(entry -> entry.kind() == AdministrationKind.BASELINE)
			.findFirst()
			.orElse(null);
		checkKind(problems, given.kind(), baseline, status);
		if (given.administeredOn() == null) {
			problems.add("administeredOn", "validation.required");
		}
		else if (given.administeredOn().isAfter(today)) {
			problems.add("administeredOn", "assessment.date.future");
		}
		else if (baseline != null && given.kind() != AdministrationKind.BASELINE
				&& given.administeredOn().isBefore(baseline.administeredOn())) {
			problems.add("administeredOn", "assessment.date.before-baseline", baseline.administeredOn());
		}
		if (instrument != null && instrument.kind() == InstrumentKind.DOMAINS && given.overallRisk() == null) {
			problems.add("overallRisk", "validation.required");
		}
		return instrument == null ? Map.of() : checkAnswers(problems, given.answers(), instrument);
	}

	/**
	 * @param afterCareScheduled whether the case has after-care checks, scheduled or
	 * recorded
	 * @param checksRecorded the after-care checks recorded on the case
	 * @param earlier the case's administrations of the same instrument code
	 */
	static void checkAfterCareCheck(Problems problems, NewAdministration given, boolean afterCareScheduled,
			Set<UUID> checksRecorded, List<AdministrationEntry> earlier) {
		UUID check = given.afterCareCheck();
		if (given.kind() != AdministrationKind.POST_CLOSURE) {
			if (check != null) {
				problems.add("afterCareCheck", "assessment.after-care-check.only-after-closure");
			}
		}
		else if (check == null) {
			if (afterCareScheduled) {
				problems.add("afterCareCheck", "assessment.after-care-check.required");
			}
		}
		else if (!checksRecorded.contains(check)) {
			problems.add("afterCareCheck", "assessment.after-care-check.unknown");
		}
		else if (earlier.stream().anyMatch(entry -> check.equals(entry.afterCareCheck()))) {
			problems.add("afterCareCheck", "assessment.after-care-check.already-assessed");
		}
	}

	private static void checkKind(Problems problems, @Nullable AdministrationKind kind,
			@Nullable AdministrationEntry baseline, CaseStatus status) {
		if (kind == null) {
			problems.add("kind", "validation.required");
		}
		else if (kind == AdministrationKind.BASELINE && baseline != null) {
			problems.add("kind", "assessment.kind.second-baseline");
		}
		else if (kind != AdministrationKind.BASELINE && baseline == null) {
			problems.add("kind", "assessment.kind.before-baseline");
		}
		else if ((kind == AdministrationKind.POST_CLOSURE) != (status == CaseStatus.CLOSED)) {
			problems.add("kind", kind == AdministrationKind.POST_CLOSURE ? "assessment.kind.post-closure-on-open-case"
					: "assessment.kind.case-closed");
		}
	}

	private static Map<String, String> checkAnswers(Problems problems, Map<String, ItemAnswer> answers,
			Instrument instrument) {
		Set<String> items = instrument.items().stream().map(Instrument.Item::code).collect(Collectors.toSet());
		if (!items.containsAll(answers.keySet())) {
			problems.add("answers", "assessment.item.unknown");
		}
		Map<String, String> reasons = new LinkedHashMap<>();
		for (Instrument.Item item : instrument.items()) {
			ItemAnswer answer = answers.get(item.code());
			String field = "answer:" + item.code();
			if (answer == null || answer.response() == null) {
				problems.add(field, "assessment.answer.required");
				continue;
			}
			if (!answer.response().answersA(instrument.kind())) {
				problems.add(field, "validation.invalid");
				continue;
			}
			if (answer.response() == Response.SCORED) {
				if (answer.score() == null || answer.score() < 1 || answer.score() > 4) {
					problems.add(field, "assessment.score.out-of-range", 1, 4);
				}
			}
			else if (answer.score() != null) {
				problems.add(field, "assessment.score.without-scored");
			}
			String reason = problems.lines("reason:" + item.code(), answer.reason(), MAX_REASON_LENGTH,
					answer.response() == Response.SCORED);
			if (reason != null && !reason.isEmpty()) {
				reasons.put(item.code(), reason);
			}
		}
		return reasons;
	}

	/**
	 * The overall risk recorded: the caseworker's for a domains instrument; for a screen,
	 * the rule's, which the caseworker's judgement may raise but never lower.
	 */
	static RiskLevel overallRisk(Instrument instrument, NewAdministration given, @Nullable RiskLevel screenRisk) {
		if (screenRisk == null) {
			return given.overallRisk();
		}
		return given.overallRisk() == null ? screenRisk : screenRisk.atLeast(given.overallRisk());
	}

	static @Nullable RiskLevel screenRisk(Instrument instrument, NewAdministration given) {
		if (instrument.rule() == null) {
			return null;
		}
		return instrument.rule()
			.riskOf(given.answers()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, answer -> answer.getValue().response())));
	}

}
