package org.haven.person;

/**
 * Decides whether the signed-in user may know of a person and see their identity. The
 * person module knows no cases; the module that does implements this. A person is
 * permitted when any implementation permits; with none, nobody is.
 */
public interface PersonAccess {

	boolean permits(PersonCode person);

}
