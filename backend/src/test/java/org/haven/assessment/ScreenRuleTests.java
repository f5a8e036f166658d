package org.haven.assessment;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenRuleTests {

	static final ScreenRule RULE = new ScreenRule(Map.of("CONTACTED", 3, "DEBT", 2, "OFFER", 2, "INCOME", 1),
			Set.of("CONTACTED"), 2, 4);

	@Test
	void no_yes_at_all_is_low_risk() {
		assertThat(RULE
			.riskOf(Map.of("CONTACTED", Response.NO, "DEBT", Response.NO, "OFFER", Response.NO, "INCOME", Response.NO)))
			.isEqualTo(RiskLevel.LOW);
	}

	@Test
	void weights_of_the_yes_answers_add_up_to_medium_then_high() {
		assertThat(RULE.riskOf(Map.of("INCOME", Response.YES, "DEBT", Response.NO))).isEqualTo(RiskLevel.LOW);
		assertThat(RULE.riskOf(Map.of("DEBT", Response.YES, "OFFER", Response.NO))).isEqualTo(RiskLevel.MEDIUM);
		assertThat(RULE.riskOf(Map.of("DEBT", Response.YES, "OFFER", Response.YES))).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void a_decisive_question_answered_yes_is_high_risk_by_itself() {
		assertThat(RULE.riskOf(Map.of("CONTACTED", Response.YES, "DEBT", Response.NO))).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void a_declined_question_never_reassures_but_counts_no_weight() {
		assertThat(RULE.riskOf(Map.of("CONTACTED", Response.DECLINED, "DEBT", Response.NO)))
			.isEqualTo(RiskLevel.MEDIUM);
		assertThat(RULE.riskOf(Map.of("DEBT", Response.DECLINED, "OFFER", Response.DECLINED)))
			.as("declining is not answering yes")
			.isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void the_caseworkers_judgement_may_raise_the_screens_risk_but_never_lower_it() {
		assertThat(RiskLevel.MEDIUM.atLeast(RiskLevel.IMMEDIATE_DANGER)).isEqualTo(RiskLevel.IMMEDIATE_DANGER);
		assertThat(RiskLevel.HIGH.atLeast(RiskLevel.LOW)).isEqualTo(RiskLevel.HIGH);
	}

}
