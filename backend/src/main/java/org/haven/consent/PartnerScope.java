package org.haven.consent;

import java.util.Optional;
import java.util.UUID;

/**
 * How consent to share names its partner: the partner's directory id, as text, in the
 * scope of the consent.
 */
public final class PartnerScope {

	private PartnerScope() {
	}

	/** The scope of consent to share with that partner. */
	public static String of(UUID partner) {
		return partner.toString();
	}

	/** The partner a scope names, if it names one by its id at all. */
	static Optional<UUID> partnerOf(String scope) {
		try {
			return Optional.of(UUID.fromString(scope.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
