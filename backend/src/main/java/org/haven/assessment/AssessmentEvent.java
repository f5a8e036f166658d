package org.haven.assessment;

import org.haven.casefile.CaseCode;

/**
 * What happened to a case's assessments, one past-tense record per fact, published inside
 * the fact's transaction. Names the case by its code and the administration by its codes,
 * never a reason.
 */
public sealed interface AssessmentEvent permits AssessmentsRead, AssessmentRecorded {

	CaseCode code();

}
