package org.haven.reference;

import java.util.List;

/**
 * What an administrator did to an item of a reference list, one past-tense record per
 * fact, published inside the change's transaction. Reference data names nobody: the list
 * and the code say it all.
 */
public sealed interface ReferenceEvent
		permits ReferenceItemAdded, ReferenceItemRelabelled, ReferenceItemRetired, ReferenceItemReinstated {

	ReferenceList list();

	String code();

	/** What the audit trail names as changed: the item, by its list and code. */
	default List<String> parts() {
		return List.of("list", "code");
	}

}
