package org.haven.casefile;

/**
 * The non-punishment record: offences the person was compelled to commit as a direct
 * consequence of being trafficked, proceedings against them, the legal support given, and
 * how it ended.
 */
public record NonPunishment(Answer compelledOffences, Answer proceedings, Answer legalSupport, Outcome outcome) {

	public static final NonPunishment NOT_ASKED = new NonPunishment(Answer.NOT_ASKED, Answer.NOT_ASKED,
			Answer.NOT_ASKED, null);

	public NonPunishment {
		compelledOffences = Situation.orNotAsked(compelledOffences);
		proceedings = Situation.orNotAsked(proceedings);
		legalSupport = Situation.orNotAsked(legalSupport);
	}

	public enum Offence {

		IMMIGRATION_OR_RESIDENCE, DOCUMENT_FRAUD, SEX_WORK_RELATED, DRUG_PRODUCTION_OR_TRAFFICKING, THEFT_OR_BURGLARY,
		BEGGING, ONLINE_FRAUD_OR_SCAMS, LABOUR_OR_PERMIT_VIOLATIONS, OTHER

	}

	public enum Proceeding {

		NONE, POLICE_INVESTIGATION, PROSECUTION, CONVICTION, DETENTION, DEPORTATION_OR_REMOVAL

	}

	public enum LegalSupport {

		NONE_YET, LEGAL_INFORMATION, LEGAL_REPRESENTATION, NON_PUNISHMENT_ARGUMENT_RAISED, APPEAL_OR_REVIEW

	}

	public enum Outcome {

		PENDING, NOT_PROSECUTED, CHARGES_DROPPED, ACQUITTED, CONVICTION_SET_ASIDE, CONVICTED, NOT_APPLICABLE

	}

}
