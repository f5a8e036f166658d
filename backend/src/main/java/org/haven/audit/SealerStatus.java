package org.haven.audit;

import java.time.Instant;

import org.haven.audit.VerificationReport.Break;

/**
 * What this node's sealer is doing: starting (verifying the chain from its witness),
 * sealing, or refusing to seal and sign because it found the chain broken.
 *
 * @param problem why it refuses, or null
 * @param position where it found the break, or the last chain position it verified
 * @param since when it entered this state
 * @param witnessed the newest chain position in this node's witness, 0 when none
 * @param startedWithoutWitness the node found no witness when it started and trusted the
 * chain as verified from its start, or from the signed record where retention left it
 */
public record SealerStatus(State state, Break problem, long position, Instant since, long witnessed,
		boolean startedWithoutWitness) {

	public enum State {

		STARTING, SEALING, REFUSING, OFF

	}

}
