package org.haven.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

import org.haven.casefile.CaseStatus;
import org.haven.crypto.OwnerCipher;
import org.haven.shared.Problems;
import org.springframework.context.ApplicationContext;

/**
 * Administrations of the published reintegration outcomes instrument as
 * {@link Assessments#record} stores them: checked by its rules (one baseline, an endline
 * after it, no day in the future), the overall and screen risk its rules give, every
 * item's answer with its reason encrypted under the case's data key; in the columns of
 * {@code assessment_administration} and {@code assessment_answer}.
 */
public final class SyntheticAssessments {

	public static final String ADMINISTRATION_COLUMNS = "id, case_id, person_code, instrument_code, "
			+ "instrument_version, kind, administered_on, overall_risk, screen_risk, after_care_check_id, recorded_by, "
			+ "recorded_at, version";

	public static final String ANSWER_COLUMNS = "id, administration_id, item_code, answer, score, reason";

	static final InstrumentVersion OUTCOMES = new InstrumentVersion(InstrumentVersion.REINTEGRATION_OUTCOMES, 1);

	private static final String INVENTED = "Invented for the benchmarks";

	private final Instrument instrument;

	public SyntheticAssessments(ApplicationContext context) {
		this.instrument = context.getBean(InstrumentCatalogue.class).version(OUTCOMES).orElseThrow();
	}

	/**
	 * A baseline on {@code baselineOn}, and an endline on {@code endlineOn} when that is
	 * not null, each item scored by {@code score} (the item's code, and whether it is the
	 * endline).
	 */
	public List<Recorded> of(OwnerCipher cipher, UUID caseId, String personCode, CaseStatus status, UUID caseworker,
			LocalDate baselineOn, Instant baselineAt, LocalDate endlineOn, Instant endlineAt, ScoreOf score,
			LocalDate today) {
		List<Recorded> recorded = new ArrayList<>();
		List<AdministrationEntry> earlier = new ArrayList<>();
		recorded.add(administration(cipher, caseId, personCode, status, caseworker, AdministrationKind.BASELINE,
				baselineOn, baselineAt, item -> score.of(item, false), RiskLevel.HIGH, earlier, today));
		if (endlineOn != null) {
			recorded.add(administration(cipher, caseId, personCode, status, caseworker, AdministrationKind.ENDLINE,
					endlineOn, endlineAt, item -> score.of(item, true), RiskLevel.MEDIUM, earlier, today));
		}
		return recorded;
	}

	private Recorded administration(OwnerCipher cipher, UUID caseId, String personCode, CaseStatus status,
			UUID caseworker, AdministrationKind kind, LocalDate on, Instant at, ToIntFunction<String> score,
			RiskLevel judged, List<AdministrationEntry> earlier, LocalDate today) {
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		this.instrument.items()
			.forEach(item -> answers.put(item.code(), ItemAnswer.scored(score.applyAsInt(item.code()), INVENTED)));
		NewAdministration given = new NewAdministration(OUTCOMES, kind, on, judged, answers);
		Problems problems = new Problems();
		Map<String, String> reasons = AdministrationRules.check(problems, given, this.instrument, earlier, status,
				today);
		problems.throwIfAny();
		RiskLevel screenRisk = AdministrationRules.screenRisk(this.instrument, given);
		RiskLevel overall = AdministrationRules.overallRisk(this.instrument, given, screenRisk);
		UUID id = UUID.randomUUID();
		earlier.add(new AdministrationEntry(id, caseId, personCode, OUTCOMES, kind, on, overall, screenRisk, null,
				caseworker, at));
		List<Object[]> answerRows = new ArrayList<>();
		for (Instrument.Item item : this.instrument.items()) {
			ItemAnswer answer = answers.get(item.code());
			UUID answerId = UUID.randomUUID();
			String reason = reasons.get(item.code());
			answerRows.add(new Object[] { answerId, id, item.code(), answer.response().name(), answer.score(),
					reason == null ? null : cipher.encrypt(AnswerEntry.reasonField(answerId), reason) });
		}
		Object[] row = { id, caseId, personCode, OUTCOMES.code(), OUTCOMES.version(), kind.name(), on, overall.name(),
				screenRisk == null ? null : screenRisk.name(), null, caseworker, at, 0 };
		return new Recorded(row, answerRows, at, List.of("assessment:" + OUTCOMES),
				kind.name() + ", " + overall.name());
	}

	/** An item's score, at the baseline or the endline. */
	@FunctionalInterface
	public interface ScoreOf {

		int of(String item, boolean endline);

	}

	/**
	 * One administration's row, its answers' rows, and the audit event
	 * ({@code ASSESSMENT_RECORDED}) it leaves: when, its parts, its reason.
	 */
	public record Recorded(Object[] administration, List<Object[]> answers, Instant at, List<String> parts,
			String reason) {
	}

}
