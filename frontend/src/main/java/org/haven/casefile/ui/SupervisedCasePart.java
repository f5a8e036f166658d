package org.haven.casefile.ui;

import com.vaadin.flow.component.Component;
import org.haven.casefile.CaseOverview;
import org.springframework.core.Ordered;

/**
 * A part of a case shown to supervisors when they open a row of their case list, from a
 * module that keeps part of the case (the care plan, say): codes, statuses and dates
 * only, never identity or free text. Built when the row opens, so that each look is one
 * recorded read.
 */
public interface SupervisedCasePart extends Ordered {

	Component newPart(CaseOverview overview);

}
