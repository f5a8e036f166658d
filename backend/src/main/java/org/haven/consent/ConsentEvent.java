package org.haven.consent;

import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * What happened in a case's consent ledger, one past-tense record per fact, published
 * inside the fact's transaction. Names the case by its code and the consent by its
 * purpose and version, never what the person said.
 */
public sealed interface ConsentEvent permits ConsentRecorded, ConsentWithdrawn, ConsentLedgerRead {

	CaseCode code();

	/** What the audit trail names as touched. */
	default List<String> parts() {
		return List.of("consent");
	}

}
