package org.haven.consent;

/**
 * What the person was told before consenting, the six points of the HTCDS guidance on
 * informed consent.
 */
public enum InformedOf {

	PURPOSE, USE_OF_DATA, RESEARCH_USE, RIGHT_OF_ACCESS, RETENTION, HOW_TO_WITHDRAW

}
