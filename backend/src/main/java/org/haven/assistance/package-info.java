/**
 * Assistance after the intake: the tasks that keep the work going, raised by hand or by
 * policy (the next follow-up date, a withdrawal of consent, a task overdue past its grace
 * period escalated to the supervisors). Tasks are case data: need-to-know as for the
 * case, every read and change audited, titles encrypted under the case's data key.
 */
@ApplicationModule(displayName = "Assistance")
@NullMarked
package org.haven.assistance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
