package org.haven.person;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Decides what the signed-in user may know of a person. The person module knows no cases;
 * the module that does implements this. A person is permitted when any implementation
 * permits; with none, nobody is.
 */
public interface PersonAccess {

	/**
	 * Of these persons, those the user may know of and see the identity of; for a list,
	 * in a few queries whatever its length.
	 */
	Set<PersonCode> permitted(Collection<PersonCode> persons);

	/**
	 * Of these persons, those whose record the user may change: read-only access
	 * (break-glass) does not. The duplicate check names only persons whose record the
	 * user may change.
	 */
	Set<PersonCode> changesPermitted(Collection<PersonCode> persons);

	/** Whether the user may know of the person and see their identity. */
	default boolean permits(PersonCode person) {
		return permitted(List.of(person)).contains(person);
	}

	/** Whether the user may change the person's record. */
	default boolean permitsChanges(PersonCode person) {
		return changesPermitted(List.of(person)).contains(person);
	}

	/** Of these persons, those whose coded profile (never identity) the user may see. */
	Set<PersonCode> profilesPermitted(Collection<PersonCode> persons);

	/**
	 * Whether the user may erase the person now: only in carrying out an erasure that
	 * someone asked for and another approved.
	 */
	boolean permitsErasure(PersonCode person);

	/**
	 * Whether the user may run the duplicate check now: only from within the check that
	 * the module taking people in makes of its own drafts, never for an identity typed
	 * anywhere else.
	 */
	boolean permitsDuplicateCheck();

}
