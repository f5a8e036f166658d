package org.haven.audit;

import org.haven.consent.ConsentEvent;
import org.haven.consent.ConsentLedgerRead;
import org.haven.consent.ConsentRecorded;
import org.haven.consent.ConsentWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every read and change of a case's consent ledger: the case as subject, the
 * purpose as the field, the version as the reason. Runs synchronously, in the transaction
 * of the fact.
 */
@Component
class AuditedConsentEvents {

	private final AuditTrail trail;

	AuditedConsentEvents(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void consentEvent(ConsentEvent event) {
		switch (event) {
			case ConsentRecorded recorded -> record(Action.CONSENT_RECORDED, event, "version " + recorded.version());
			case ConsentWithdrawn withdrawn ->
				record(Action.CONSENT_WITHDRAWN, event, "version " + withdrawn.version() + " from " + withdrawn.on());
			case ConsentLedgerRead read -> record(Action.CONSENT_LEDGER_READ, event, null);
		}
	}

	private void record(Action action, ConsentEvent event, String reason) {
		this.trail.record(action, Outcome.ALLOWED, event.code(), event.parts(), reason);
	}

}
