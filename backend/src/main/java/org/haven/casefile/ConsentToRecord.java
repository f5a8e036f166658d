package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the intake's "consent to record", without which it makes no case, goes once the
 * case exists: the first entry of the case's consent ledger, in the intake's transaction.
 * The consent module implements it; the case file does not depend on that module.
 */
public interface ConsentToRecord {

	void givenAtIntake(WorkedCase created, UUID caseworker, Instant at);

}
