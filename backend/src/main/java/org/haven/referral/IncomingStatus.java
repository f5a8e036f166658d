package org.haven.referral;

/** Where a referral received by this installation stands. */
public enum IncomingStatus {

	/** Received, not yet decided. */
	RECEIVED,
	/** Taken on: an intake was started from it. */
	ACCEPTED,
	/** Declined, with a reason sent back. */
	DECLINED,
	/** The referring organisation revoked it: the person's consent ended. */
	REVOKED

}
