package org.haven.crypto;

import org.jspecify.annotations.Nullable;

/**
 * A node found a key version in the key files in a state the audit trail had not
 * recorded: added, made primary, retired or destroyed, by
 * {@code java -jar haven.jar keys} while Haven was stopped or by Haven itself.
 * {@code before} is null for a version recorded for the first time. Names the keyset and
 * the version, never key material.
 */
public record KeyVersionChanged(String keyset, long keyId, State state, @Nullable State before) {

	/** Where a version stands in its key file; a destroyed one is gone from it. */
	public enum State {

		PRIMARY, ACTIVE, RETIRED, DESTROYED

	}

}
