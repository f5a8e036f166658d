package org.haven.casefile;

import java.util.List;
import java.util.UUID;

import org.haven.person.ErasureReason;

/**
 * A supervisor approved an erasure that another asked for; the person's identity is
 * erased in the same transaction.
 *
 * @param requestedBy the account that asked
 */
public record ErasureApproved(CaseCode code, ErasureReason reason, UUID requestedBy) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("identity");
	}

}
