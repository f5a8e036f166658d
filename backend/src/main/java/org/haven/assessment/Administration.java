package org.haven.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An administration as the case's caseworker reads it: the instrument version, when in
 * the case and the day, the overall risk (and the screen's rule's, for a screen), per
 * item the answer with its reason, beside the previous administration's answer of the
 * same instrument, and the after-care check a post-closure administration was recorded
 * at. The gender-related risk domain is read apart, never folded into the others.
 */
public record Administration(UUID id, InstrumentVersion instrument, AdministrationKind kind, LocalDate administeredOn,
		RiskLevel overallRisk, @Nullable RiskLevel screenRisk, List<Answered> answers, long version,
		@Nullable UUID afterCareCheck) {

	public static final String GENDER_RELATED_RISK = "GENDER_RELATED_RISK";

	public Administration {
		answers = List.copyOf(answers);
	}

	/** The gender-related risk domain's answer, where the instrument has that domain. */
	public Optional<Answered> genderRelatedRisk() {
		return answer(GENDER_RELATED_RISK);
	}

	/** Every answer but the gender-related risk domain's. */
	public List<Answered> otherAnswers() {
		return this.answers.stream().filter(answer -> !GENDER_RELATED_RISK.equals(answer.item())).toList();
	}

	public Optional<Answered> answer(String item) {
		return this.answers.stream().filter(answer -> answer.item().equals(item)).findFirst();
	}

	/**
	 * One item's answer: a score only when scored; declined and not assessed carry none.
	 */
	public record Answered(String item, Response response, @Nullable Integer score, @Nullable String reason,
			@Nullable Response previousResponse, @Nullable Integer previousScore) {

		public boolean scored() {
			return this.response == Response.SCORED;
		}

	}

}
