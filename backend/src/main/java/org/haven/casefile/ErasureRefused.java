package org.haven.casefile;

import java.util.List;
import java.util.UUID;

import org.haven.person.ErasureReason;

/**
 * A supervisor refused an erasure that another asked for; nothing was erased.
 *
 * @param requestedBy the account that asked
 */
public record ErasureRefused(CaseCode code, ErasureReason reason, UUID requestedBy) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("identity");
	}

}
