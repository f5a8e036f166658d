package org.haven.assessment;

import java.util.Map;
import java.util.Set;

/**
 * A screen's rule: each question answered yes adds its weight; a decisive question
 * answered yes means high risk by itself; the sum reaching {@code highFrom} is high,
 * reaching {@code mediumFrom} medium. A declined question never reassures: a screen with
 * one is at least medium, since what the person did not say cannot count as safe.
 */
public record ScreenRule(Map<String, Integer> weights, Set<String> decisive, int mediumFrom, int highFrom) {

	public ScreenRule {
		weights = Map.copyOf(weights);
		decisive = Set.copyOf(decisive);
	}

	public RiskLevel riskOf(Map<String, Response> responses) {
		int sum = 0;
		boolean declined = false;
		for (Map.Entry<String, Response> response : responses.entrySet()) {
			if (response.getValue() == Response.YES) {
				if (this.decisive.contains(response.getKey())) {
					return RiskLevel.HIGH;
				}
				sum += this.weights.getOrDefault(response.getKey(), 0);
			}
			declined |= response.getValue() == Response.DECLINED;
		}
		if (sum >= this.highFrom) {
			return RiskLevel.HIGH;
		}
		if (sum >= this.mediumFrom || declined) {
			return RiskLevel.MEDIUM;
		}
		return RiskLevel.LOW;
	}

}
