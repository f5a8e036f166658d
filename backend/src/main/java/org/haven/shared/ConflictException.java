package org.haven.shared;

/**
 * Someone else changed the record since the user loaded it. Nothing was overwritten; the
 * user reloads and decides.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String recordType) {
		super("Concurrent change of a " + recordType);
	}

}
