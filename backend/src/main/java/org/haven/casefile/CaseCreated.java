package org.haven.casefile;

/**
 * A caseworker finished an intake: the case exists, for a person registered with it or,
 * when {@code samePersonAs} names another case, for that case's person.
 */
public record CaseCreated(CaseCode code, CaseCode samePersonAs) implements CaseEvent {
}
