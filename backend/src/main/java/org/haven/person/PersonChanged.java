package org.haven.person;

import java.util.List;

/**
 * A person was registered, changed or erased: by code, naming the fields that changed,
 * never their values. Published inside the change's transaction.
 */
public record PersonChanged(PersonCode code, Change change, List<String> fields, ErasureReason erasureReason) {

	public enum Change {

		REGISTERED, IDENTITY_CHANGED, PROFILE_CHANGED, ERASED

	}

}
