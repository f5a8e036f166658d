package org.haven.referral;

import java.util.List;
import java.util.UUID;

import org.haven.casefile.CaseCode;

/** The printable form of a sent referral was made, holding its package. */
public record ReferralFormPrinted(CaseCode code, UUID partner, String packageHash,
		List<String> fields) implements ReferralEvent {

	@Override
	public List<String> parts() {
		return this.fields;
	}

}
