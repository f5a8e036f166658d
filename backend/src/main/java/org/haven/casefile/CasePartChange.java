package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of a part of a case that another module keeps, as {@link CasePartHistory}
 * reports it: in a revision of the case history (Envers, {@code case_revision}), which
 * says when and by whom; or in a row that is its own history (the consent ledger), which
 * says so itself.
 */
public sealed interface CasePartChange {

	CaseDetails.Part part();

	/** A change kept by Envers, in the revision with that number. */
	record Revised(CaseDetails.Part part, int revision) implements CasePartChange {
	}

	/**
	 * A change kept as a row of its own, written at that time by that account, in the
	 * database transaction with that id (PostgreSQL's {@code xmin} of the row), so that
	 * it reads as one entry with the case's revision of the same transaction.
	 */
	record Recorded(CaseDetails.Part part, Instant at, UUID by, long transaction) implements CasePartChange {
	}

}
