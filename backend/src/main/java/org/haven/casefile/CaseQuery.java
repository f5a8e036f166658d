package org.haven.casefile;

import java.util.Set;

/**
 * What a caseworker looks for among their cases: a case code, or a name, phone or
 * document number (found through blind indexes), narrowed by status and by follow-ups
 * due.
 */
public record CaseQuery(SearchBy by, String text, Set<CaseStatus> statuses, boolean followUpDue) {

	public enum SearchBy {

		CASE_CODE, NAME, PHONE, DOCUMENT_NUMBER

	}

	public CaseQuery {
		by = by == null ? SearchBy.CASE_CODE : by;
		text = text == null ? "" : text.strip();
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
	}

	public static CaseQuery all() {
		return new CaseQuery(SearchBy.CASE_CODE, "", Set.of(), false);
	}

	boolean searchesText() {
		return !this.text.isEmpty();
	}

}
