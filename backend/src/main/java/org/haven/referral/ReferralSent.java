package org.haven.referral;

import java.util.List;
import java.util.UUID;

import org.haven.casefile.CaseCode;

/**
 * The referral was sent: its package frozen, with this SHA-256 hash, carrying these
 * fields (names, not values); whether a supervisor's override stood in for consent.
 */
public record ReferralSent(CaseCode code, UUID partner, String packageHash, List<String> fields,
		boolean consentOverridden) implements ReferralEvent {

	@Override
	public List<String> parts() {
		return this.fields;
	}

}
