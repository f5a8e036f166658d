package org.haven.referral;

import java.util.UUID;

import org.haven.shared.PseudonymousId;

/**
 * A referral received, as the audit trail names it: it belongs to no case until it
 * becomes one.
 */
public record IncomingReferralId(UUID id) implements PseudonymousId {

	@Override
	public String type() {
		return "INCOMING";
	}

	@Override
	public String value() {
		return this.id.toString();
	}

	@Override
	public String toString() {
		return value();
	}

}
