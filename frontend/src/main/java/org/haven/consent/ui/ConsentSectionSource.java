package org.haven.consent.ui;

import org.haven.casefile.ui.CaseSection;
import org.haven.casefile.ui.CaseSectionSource;
import org.haven.consent.ConsentLedger;
import org.springframework.stereotype.Component;

/** Puts the consent ledger on the case page, first of the parts other modules keep. */
@Component
class ConsentSectionSource implements CaseSectionSource {

	private final ConsentLedger ledger;

	ConsentSectionSource(ConsentLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public CaseSection newSection() {
		return new ConsentSection(this.ledger);
	}

	@Override
	public int getOrder() {
		return 100;
	}

}
