package org.haven.casefile;

import java.util.List;
import java.util.UUID;

import org.haven.person.PersonCode;

/**
 * A case as another module's part of it knows it: its id (the owner of its data key and
 * the key of the module's own rows), its code, its person, its status and the codes of
 * the needs recorded for the person (none where not asked, declined or unknown).
 */
public record WorkedCase(UUID id, CaseCode code, PersonCode person, CaseStatus status, List<String> needs) {

	public WorkedCase {
		needs = List.copyOf(needs);
	}

}
