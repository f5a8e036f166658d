package org.haven.referral;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A referral as the caseworker drafts it, for one service line of the care plan. */
public record NewReferral(@Nullable UUID partner, @Nullable ReferralReason reason, @Nullable Urgency urgency,
		PackageChoice choice) {

	public NewReferral {
		choice = choice == null ? PackageChoice.NOTHING : choice;
	}

}
