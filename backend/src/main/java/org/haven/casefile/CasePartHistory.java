package org.haven.casefile;

import java.util.List;

/**
 * The changes of the parts of a case that a module around it keeps (the consent ledger,
 * the care plan, tasks, after-care), for the case's history: which part, and where the
 * change was written, never what it holds. The case file asks every implementation when a
 * caseworker reads the history, after the case's need-to-know check; implementations do
 * no access check and record no audit event of their own. The case file does not depend
 * on the modules that implement it.
 */
public interface CasePartHistory {

	/** The module's changes of the case, in any order. */
	List<CasePartChange> changesOf(WorkedCase worked);

}
