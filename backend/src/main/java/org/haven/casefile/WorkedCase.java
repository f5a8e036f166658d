package org.haven.casefile;

import java.util.UUID;

import org.haven.person.PersonCode;

/**
 * A case as another module's part of it knows it: its id (the owner of its data key and
 * the key of the module's own rows), its code, its person and its status.
 */
public record WorkedCase(UUID id, CaseCode code, PersonCode person, CaseStatus status) {
}
