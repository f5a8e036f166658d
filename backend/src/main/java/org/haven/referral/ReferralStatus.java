package org.haven.referral;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands, from the draft to the partner's last answer. */
public enum ReferralStatus {

	DRAFT, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, SERVICE_STARTED, COMPLETED, NOT_COMPLETED,
	/** Taken back by the sender. */
	WITHDRAWN,
	/** The person's consent to share with the partner was withdrawn or ended. */
	REVOKED,
	/** No answer from the partner in time. */
	EXPIRED;

	private static final Set<ReferralStatus> WITH_THE_PARTNER = EnumSet.of(SENT, ACKNOWLEDGED, ACCEPTED,
			SERVICE_STARTED, EXPIRED);

	/** Whether the partner holds the package and may still act on it. */
	public boolean withThePartner() {
		return WITH_THE_PARTNER.contains(this);
	}

	/** Whether the referral may still change: a draft, or with the partner. */
	public boolean open() {
		return this == DRAFT || withThePartner();
	}

	/** The partner's answers that may follow this status. */
	Set<ReferralStatus> answersAfter() {
		return switch (this) {
			case SENT, EXPIRED -> EnumSet.of(ACKNOWLEDGED, ACCEPTED, DECLINED);
			case ACKNOWLEDGED -> EnumSet.of(ACCEPTED, DECLINED);
			case ACCEPTED -> EnumSet.of(SERVICE_STARTED, NOT_COMPLETED);
			case SERVICE_STARTED -> EnumSet.of(COMPLETED, NOT_COMPLETED);
			default -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

}
