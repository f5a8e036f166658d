package org.haven.casefile;

/**
 * What the person needs now, and how safe they are. Needs are codes of {@link Need};
 * safety is a caseworker's assessment.
 */
public record Needs(Answer immediateNeeds, SafetyRisk safety) {

	public static final Needs NOT_ASKED = new Needs(Answer.NOT_ASKED, SafetyRisk.NOT_ASSESSED);

	public Needs {
		immediateNeeds = Situation.orNotAsked(immediateNeeds);
		safety = safety == null ? SafetyRisk.NOT_ASSESSED : safety;
	}

	/** Immediate needs a caseworker can record at intake. */
	public enum Need {

		SAFE_SHELTER, MEDICAL_CARE, PSYCHOSOCIAL_SUPPORT, LEGAL_ADVICE, FOOD_AND_CLOTHING, INTERPRETATION,
		IDENTITY_DOCUMENTS, FINANCIAL_SUPPORT, CHILD_CARE, FAMILY_CONTACT, SAFE_RETURN, PROTECTION_FROM_TRAFFICKERS

	}

	/** How much danger the person is in now, as assessed. */
	public enum SafetyRisk {

		NOT_ASSESSED, LOW, MEDIUM, HIGH, IMMEDIATE_DANGER

	}

}
