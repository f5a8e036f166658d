package org.haven.referral;

import java.util.List;
import java.util.UUID;

/**
 * What happened to a referral this installation received, one past-tense record per fact.
 * Names the incoming referral by its id, never a value of its package.
 */
public sealed interface IncomingReferralEvent permits IncomingReferralReceived, IncomingReferralRecorded,
		IncomingPackageRead, IncomingReferralAccepted, IncomingReferralAnswered, IncomingReferralRevoked {

	UUID incoming();

	/** What the audit trail names as touched. */
	default List<String> parts() {
		return List.of("incoming-referral");
	}

}
