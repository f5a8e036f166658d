package org.haven.person;

/** The person's identity was erased; it can never be read or changed again. */
public class PersonErasedException extends RuntimeException {

	public PersonErasedException(PersonCode code) {
		super("The identity of " + code + " has been erased");
	}

}
