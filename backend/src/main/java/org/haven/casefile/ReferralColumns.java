package org.haven.casefile;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The referral an intake began with, as the draft and then the case store it: codes and a
 * day, never a name. All empty when no one referred the person.
 */
@Embeddable
class ReferralColumns {

	@Column(name = "referred_by_type", updatable = false, length = 48)
	private String referredByType;

	@Column(name = "referred_on", updatable = false)
	private LocalDate referredOn;

	@Column(name = "referral_reason", updatable = false, length = 48)
	private String referralReason;

	protected ReferralColumns() {
	}

	static ReferralColumns of(ReferredIn referral) {
		ReferralColumns columns = new ReferralColumns();
		if (referral != null) {
			columns.referredByType = referral.organisationType();
			columns.referredOn = referral.on();
			columns.referralReason = referral.reason();
		}
		return columns;
	}

	ReferredIn value() {
		return this.referredOn == null ? null
				: new ReferredIn(this.referredByType, this.referredOn, this.referralReason);
	}

}
