package org.haven.crypto;

import java.nio.file.Path;

/**
 * A key file cannot be changed on this node: the keys are mounted read-only, shared by
 * every node. Key versions are then added, retired and destroyed with
 * {@code java -jar haven.jar keys ...} on the administrators' copy of the key files,
 * which is then given to every node again.
 */
public class KeysReadOnlyException extends IllegalStateException {

	KeysReadOnlyException(Path file) {
		super("The key file " + file + " is read-only on this node. Change keys with 'java -jar haven.jar keys' "
				+ "on the administrators' copy of the key files, then give every node the new files "
				+ "(docs/admin/install.md, \"Rotating keys\").");
	}

}
