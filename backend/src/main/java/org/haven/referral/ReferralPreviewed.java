package org.haven.referral;

import java.util.List;
import java.util.UUID;

import org.haven.casefile.CaseCode;

/** The caseworker saw the package exactly as the partner would receive it. */
public record ReferralPreviewed(CaseCode code, UUID partner, List<String> fields) implements ReferralEvent {

	@Override
	public List<String> parts() {
		return this.fields;
	}

}
