package org.haven.assessment;

/**
 * What an instrument's items are: domains scored 1 (critical) to 4 (good), or screening
 * questions answered yes or no.
 */
public enum InstrumentKind {

	DOMAINS, SCREEN

}
