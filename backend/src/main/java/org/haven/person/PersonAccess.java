package org.haven.person;

import java.util.Collection;
import java.util.Set;

/**
 * Decides what the signed-in user may know of a person. The person module knows no cases;
 * the module that does implements this. A person is permitted when any implementation
 * permits; with none, nobody is.
 */
public interface PersonAccess {

	/** Whether the user may know of the person and see their identity. */
	boolean permits(PersonCode person);

	/**
	 * Whether the user may change the person's record: read-only access (break-glass)
	 * does not. The duplicate check names only persons whose record the user may change.
	 */
	boolean permitsChanges(PersonCode person);

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
