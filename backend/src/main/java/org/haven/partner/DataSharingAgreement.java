package org.haven.partner;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The signed agreement under which a partner may receive identity: from the day it was
 * signed to the day it expires (both included), and where the signed document is kept.
 */
public record DataSharingAgreement(LocalDate signedOn, LocalDate expiresOn, String documentReference) {

	/** Whether the agreement covers that day. */
	public boolean liveOn(LocalDate day) {
		return !this.signedOn.isAfter(day) && !this.expiresOn.isBefore(day);
	}

	/** Whether an agreement, perhaps none, covers that day. */
	public static boolean liveOn(@Nullable DataSharingAgreement agreement, LocalDate day) {
		return agreement != null && agreement.liveOn(day);
	}

}
