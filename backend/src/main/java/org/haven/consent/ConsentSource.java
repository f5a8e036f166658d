package org.haven.consent;

/**
 * Where a ledger entry came from: recorded in the ledger, taken from the intake's
 * "consent to record" when the case was created, or carried over from a case made before
 * the ledger existed.
 */
public enum ConsentSource {

	LEDGER, INTAKE, BEFORE_THE_LEDGER

}
