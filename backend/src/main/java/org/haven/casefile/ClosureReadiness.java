package org.haven.casefile;

import java.util.List;

/**
 * What a module around the case (assessments) finds missing before the case closes, for
 * the supervisor who decides on the closure request: codes, never content. The case file
 * asks every implementation, after its own need-to-know check, and does not depend on the
 * modules that implement it; implementations do no access check and record nothing.
 */
public interface ClosureReadiness {

	/** What this module finds missing; empty when nothing is. */
	List<ClosureConcern> concernsOf(WorkedCase worked);

}
