package org.haven.partner;

import java.util.UUID;

/**
 * What changed in the partner directory, one past-tense record per fact. Names the
 * partner by its id; a directory entry names no person.
 */
public sealed interface PartnerEvent permits PartnerAdded, PartnerChanged {

	UUID partner();

	/** Whether, after the change, the partner may receive identity today. */
	boolean agreementLive();

}
