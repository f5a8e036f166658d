/**
 * Assessments: instruments kept as data, each version published once and never changed
 * (domains scored 1 to 4 with a definition of every score in the six languages, or
 * screening questions with a rule that yields a risk level), and their administrations on
 * a case, from the baseline at intake to the endline before closure. Scores and codes
 * stay queryable; the reasons are encrypted under the case's data key. Reports compare a
 * person's baseline with their endline only on one instrument version
 * ({@link org.haven.assessment.AssessmentPairs}).
 */
@ApplicationModule(displayName = "Assessment")
@NullMarked
package org.haven.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
