package org.haven.casefile;

import java.util.Set;

import org.haven.person.IdentitySearch;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/**
 * What a caseworker looks for among their cases: a case code, or a name, phone or
 * document number (found through blind indexes), narrowed by status and by follow-ups
 * due.
 */
public record CaseQuery(SearchBy by, String text, Set<CaseStatus> statuses, boolean followUpDue) {

	public enum SearchBy {

		CASE_CODE, NAME, PHONE, DOCUMENT_NUMBER

	}

	/** A malformed case code is refused here, before any search runs. */
	public CaseQuery {
		by = by == null ? SearchBy.CASE_CODE : by;
		text = text == null ? "" : text.strip();
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		if (by == SearchBy.CASE_CODE && !text.isEmpty() && CaseCode.parse(text).isEmpty()) {
			throw new InvalidInputException(Problem.of("text", "case.search.code-format"));
		}
	}

	public static CaseQuery all() {
		return new CaseQuery(SearchBy.CASE_CODE, "", Set.of(), false);
	}

	boolean searchesText() {
		return !this.text.isEmpty();
	}

	/** What to look for among persons, when the query searches by identity. */
	IdentitySearch identitySearch() {
		return switch (this.by) {
			case NAME -> new IdentitySearch(this.text, null, null, null);
			case PHONE -> new IdentitySearch(null, null, this.text, null);
			case DOCUMENT_NUMBER -> new IdentitySearch(null, null, null, this.text);
			case CASE_CODE -> throw new IllegalArgumentException("not an identity search");
		};
	}

}
