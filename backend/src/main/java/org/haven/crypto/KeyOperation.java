package org.haven.crypto;

/** An administrator started a rotation or destroyed a key version. */
public record KeyOperation(RotationProgress.Keyset keyset, Operation operation, long keyId) {

	public enum Operation {

		ROTATION_STARTED, VERSION_DESTROYED

	}

}
