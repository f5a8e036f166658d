package org.haven.casefile.ui;

import org.springframework.core.Ordered;

/**
 * A part of the case page kept by another module (consent, the care plan): a Spring bean
 * that makes its section afresh for every case page. The page places these sections after
 * its own parts and before the change history, by their order.
 */
public interface CaseSectionSource extends Ordered {

	CaseSection newSection();

}
