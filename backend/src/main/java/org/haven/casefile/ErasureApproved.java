package org.haven.casefile;

import java.util.List;
import java.util.UUID;

import org.haven.person.ErasureReason;
import org.jspecify.annotations.Nullable;

/**
 * A supervisor approved an erasure that another asked for, or that the retention period
 * asked for; the person's identity is erased in the same transaction.
 *
 * @param requestedBy the account that asked; empty when the retention period asked
 */
public record ErasureApproved(CaseCode code, ErasureReason reason, @Nullable UUID requestedBy) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("identity");
	}

}
