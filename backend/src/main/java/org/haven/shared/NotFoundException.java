package org.haven.shared;

/**
 * The record does not exist, or the user may not know that it does: both look the same
 * from outside.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String recordType) {
		super("No such " + recordType);
	}

}
