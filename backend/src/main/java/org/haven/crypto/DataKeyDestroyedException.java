package org.haven.crypto;

import java.util.UUID;

/**
 * The owner's data key was destroyed: what it protected is erased and can never be read
 * again.
 */
public class DataKeyDestroyedException extends RuntimeException {

	public DataKeyDestroyedException(UUID owner) {
		super("The data key of " + owner + " has been destroyed");
	}

}
