package org.haven.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.haven.casefile.ConsentToRecord;
import org.haven.casefile.WorkedCase;
import org.haven.crypto.AuthorizationSeal;
import org.haven.platform.Days;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The intake's "consent to record", without which it makes no case, becomes the first
 * entry of the new case's ledger, in the intake's transaction: what the intake told the
 * person (what is recorded, who sees it, that they may change their mind), asked of the
 * person, verbally.
 */
@Component
class ConsentFromIntake implements ConsentToRecord {

	/** The notice the intake's consent step reads out. */
	static final String INTAKE_NOTICE = "intake-1";

	static final Set<InformedOf> INTAKE_TOLD = Set.of(InformedOf.PURPOSE, InformedOf.USE_OF_DATA,
			InformedOf.HOW_TO_WITHDRAW);

	private final ConsentEntries entries;

	private final AuthorizationSeal seal;

	private final ApplicationEventPublisher events;

	ConsentFromIntake(ConsentEntries entries, AuthorizationSeal seal, ApplicationEventPublisher events) {
		this.entries = entries;
		this.seal = seal;
		this.events = events;
	}

	@Override
	public void givenAtIntake(WorkedCase created, UUID caseworker, Instant at) {
		ConsentEntry entry = ConsentEntry.given(created.id(), created.person().value(), 1, atIntake(Days.of(at)),
				ConsentSource.INTAKE, caseworker, at);
		entry.sealWith(this.seal.seal(entry.row()));
		this.entries.saveAndFlush(entry);
		this.events.publishEvent(new ConsentRecorded(created.code(), entry.purpose(), entry.scope(), entry.version(),
				entry.expiresOn()));
	}

	/** The consent the intake records, given on that day. */
	static NewConsent atIntake(LocalDate givenOn) {
		return new NewConsent(ConsentPurpose.INTERVIEW_AND_RECORDING, "", LegalBasis.CONSENT, ConsentGiver.SELF,
				ChildAssent.NOT_RECORDED, ConsentMethod.VERBAL, INTAKE_NOTICE, null, false, INTAKE_TOLD, givenOn, null);
	}

}
