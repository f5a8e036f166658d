package org.haven.consent;

/** How the consent was given. */
public enum ConsentMethod {

	VERBAL, WRITTEN, RECORDED

}
