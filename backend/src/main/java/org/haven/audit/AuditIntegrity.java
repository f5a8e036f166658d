package org.haven.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

/**
 * The check of the chain for the command line ({@code java -jar haven.jar verify-audit}),
 * where nobody is signed in: from the newest checkpoint of a file kept outside Haven,
 * whose own public key then decides which signatures count; without one, from the newest
 * head of this node's witness; without a witness, from the start.
 */
@Component
public class AuditIntegrity {

	private final AuditVerifier verifier;

	private final AuditTrail trail;

	private final Witness witness;

	AuditIntegrity(AuditVerifier verifier, AuditTrail trail, Witness witness) {
		this.verifier = verifier;
		this.trail = trail;
		this.witness = witness;
	}

	/** This node's witness, if it has one. */
	public Optional<CheckpointFile> witness() {
		Optional<CheckpointFile> file = this.witness.read();
		Optional<Checkpoint> head = this.witness.head();
		if (head.isEmpty() || file.isEmpty()) {
			return file;
		}
		List<Checkpoint> known = new ArrayList<>(file.get().checkpoints());
		known.add(head.get());
		return Optional.of(new CheckpointFile(file.get().publicKeyset(), known, file.get().retentions()));
	}

	/**
	 * Checks and records the check, as done from the command line: from the newest
	 * checkpoint of {@code trusted}; without it, the whole chain from its start, against
	 * the signed checkpoints of the database and of this node's witness.
	 */
	public VerificationReport verify(CheckpointFile trusted, LongConsumer progress) {
		VerificationReport report = trusted == null ? this.verifier.verify(witness().orElse(null), false, progress)
				: this.verifier.verify(trusted, true, progress);
		this.trail.record(Action.AUDIT_VERIFIED, report.intact() ? Outcome.ALLOWED : Outcome.FAILED, null, List.of(),
				"command line: " + AuditWorkspace.describe(report));
		return report;
	}

}
