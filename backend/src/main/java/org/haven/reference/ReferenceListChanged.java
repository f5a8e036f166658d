package org.haven.reference;

/**
 * An administrator added, relabelled, retired or reinstated an item. Published inside the
 * change's transaction.
 */
public record ReferenceListChanged(ReferenceList list, String code, Change change) {

	public enum Change {

		ADDED, RELABELLED, RETIRED, REINSTATED

	}

}
