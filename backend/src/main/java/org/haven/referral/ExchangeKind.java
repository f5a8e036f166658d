package org.haven.referral;

/** What a referral file between installations of Haven carries. */
public enum ExchangeKind {

	/** A referral's package, from the referring installation to the partner's. */
	REFERRAL,

	/** The partner's answer to a referral, back to the referring installation. */
	ANSWER,

	/** The person's consent ended or was withdrawn: the referral is revoked. */
	REVOCATION

}
