package org.haven.audit;

import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

/**
 * The check of the chain for the command line ({@code java -jar haven.jar verify-audit}),
 * where nobody is signed in: from the start, or from a checkpoint file kept outside
 * Haven, whose own public key then decides which signatures count.
 */
@Component
public class AuditIntegrity {

	private final AuditVerifier verifier;

	private final AuditTrail trail;

	AuditIntegrity(AuditVerifier verifier, AuditTrail trail) {
		this.verifier = verifier;
		this.trail = trail;
	}

	/** Checks and records the check, as done from the command line. */
	public VerificationReport verify(CheckpointFile trusted, LongConsumer progress) {
		VerificationReport report = trusted == null ? this.verifier.verify(null, null, progress)
				: this.verifier.verify(trusted.latest(), trusted.publicKeyset(), progress);
		this.trail.record(Action.AUDIT_VERIFIED, report.intact() ? Outcome.ALLOWED : Outcome.FAILED, null,
				java.util.List.of(), "command line: " + (report.intact() ? "intact up to " + report.lastSeq()
						: report.problem() + " at " + report.firstBrokenSeq()));
		return report;
	}

}
