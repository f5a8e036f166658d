package org.haven.consent;

import java.time.LocalDate;
import java.util.Locale;

/** Whether the data may be used for a purpose on a given day, and if not, why not. */
public enum ConsentState {

	LIVE, MISSING, NOT_YET_GIVEN, WITHDRAWN, EXPIRED;

	/**
	 * The state, on that day, of a version given, perhaps expiring, perhaps withdrawn.
	 */
	static ConsentState of(LocalDate givenOn, LocalDate expiresOn, LocalDate withdrawnOn, LocalDate day) {
		if (withdrawnOn != null) {
			return WITHDRAWN;
		}
		if (givenOn.isAfter(day)) {
			return NOT_YET_GIVEN;
		}
		if (expiresOn != null && expiresOn.isBefore(day)) {
			return EXPIRED;
		}
		return LIVE;
	}

	/** The message that says why a use is refused, in the user's language. */
	public String refusalKey() {
		return "consent.check." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
