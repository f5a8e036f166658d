package org.haven.referral;

import org.haven.shared.IdentityData;

/**
 * The package as the partner would receive it, and its hash, which sending must name.
 */
@IdentityData
public record ReferralPreview(ReferralPackage referralPackage, String hash) {

	@Override
	public String toString() {
		return "ReferralPreview[" + this.hash + "]";
	}

}
