package org.haven.referral;

/** How a referral reached this installation. */
public enum IncomingSource {

	/** A signed, encrypted file from a partner that runs Haven. */
	HAVEN_FILE,

	/** By phone, on paper, in person: recorded by a caseworker. */
	BY_HAND

}
