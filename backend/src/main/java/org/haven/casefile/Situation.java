package org.haven.casefile;

import java.time.LocalDate;

/**
 * The trafficking situation as the person tells it, in the Protocol's terms: the act, the
 * means, the purpose of exploitation; how they were controlled and recruited (online
 * too); where; when. Every part may be left for later.
 *
 * @param acts reference list ACTS
 * @param means reference list MEANS
 * @param exploitationForms reference list EXPLOITATION_FORMS
 * @param controlMeans reference list CONTROL_MEANS
 * @param recruitmentChannels reference list RECRUITMENT_CHANNELS
 * @param sectors reference list SECTORS
 * @param countriesOfOrigin ISO 3166 codes, as are transit and exploitation
 * @param exploitationFrom the start of the exploitation, as exactly as known
 * @param officialsInvolved whether officials were involved or complicit (resolution 11/5
 * op. 8): YES, NO
 */
public record Situation(Answer acts, Answer means, Answer exploitationForms, Answer controlMeans,
		Answer recruitmentChannels, Answer sectors, Answer countriesOfOrigin, Answer countriesOfTransit,
		Answer countriesOfExploitation, LocalDate exploitationFrom, LocalDate exploitationTo,
		Answer officialsInvolved) {

	public static final Situation NOT_ASKED = new Situation(Answer.NOT_ASKED, Answer.NOT_ASKED, Answer.NOT_ASKED,
			Answer.NOT_ASKED, Answer.NOT_ASKED, Answer.NOT_ASKED, Answer.NOT_ASKED, Answer.NOT_ASKED, Answer.NOT_ASKED,
			null, null, Answer.NOT_ASKED);

	public Situation {
		acts = orNotAsked(acts);
		means = orNotAsked(means);
		exploitationForms = orNotAsked(exploitationForms);
		controlMeans = orNotAsked(controlMeans);
		recruitmentChannels = orNotAsked(recruitmentChannels);
		sectors = orNotAsked(sectors);
		countriesOfOrigin = orNotAsked(countriesOfOrigin);
		countriesOfTransit = orNotAsked(countriesOfTransit);
		countriesOfExploitation = orNotAsked(countriesOfExploitation);
		officialsInvolved = orNotAsked(officialsInvolved);
	}

	static Answer orNotAsked(Answer answer) {
		return answer == null ? Answer.NOT_ASKED : answer;
	}

}
