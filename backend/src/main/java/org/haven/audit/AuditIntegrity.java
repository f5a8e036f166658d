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

	AuditIntegrity(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	public VerificationReport verify(CheckpointFile trusted, LongConsumer progress) {
		return trusted == null ? this.verifier.verify(null, null, progress)
				: this.verifier.verify(trusted.latest(), trusted.publicKeyset(), progress);
	}

}
