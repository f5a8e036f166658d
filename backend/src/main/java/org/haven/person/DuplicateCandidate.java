package org.haven.person;

import java.util.Set;

/**
 * A person already registered who may be the one being registered now, and on what the
 * two agree. Never their identity: the caseworker decides with the code.
 */
public record DuplicateCandidate(PersonCode code, Set<Match> matchedOn) {

	public enum Match {

		NAME_AND_BIRTH_YEAR, PHONE, DOCUMENT_NUMBER

	}

}
