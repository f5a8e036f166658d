package org.haven.consent;

/**
 * A child's own word, beside the consent an adult gave for them: heard and recorded
 * apart, never folded into the adult's.
 */
public enum ChildAssent {

	NOT_A_CHILD, ASSENTED, DID_NOT_ASSENT, NOT_ABLE_TO_ASSENT,

	/** The intake's consent to record did not ask (entries from the intake only). */
	NOT_RECORDED

}
