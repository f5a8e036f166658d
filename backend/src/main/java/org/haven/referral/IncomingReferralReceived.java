package org.haven.referral;

import java.util.List;
import java.util.UUID;

/**
 * A partner's referral file was imported: from that partner, carrying these fields
 * (names, not values).
 */
public record IncomingReferralReceived(UUID incoming, UUID partner,
		List<String> fields) implements IncomingReferralEvent {

	@Override
	public List<String> parts() {
		return this.fields;
	}

}
