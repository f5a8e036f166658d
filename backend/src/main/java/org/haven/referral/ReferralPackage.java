package org.haven.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.shared.IdentityData;

/**
 * Exactly what a partner receives with a referral: who refers, to whom, for which
 * service, why and how urgently, when it was sent and by when to answer, and the chosen
 * fields of the case, nothing else. It may carry identity; its {@code toString} shows no
 * value.
 */
@IdentityData
public record ReferralPackage(UUID referral, String from, String to, String service, ReferralReason reason,
		Urgency urgency, LocalDate sentOn, LocalDate respondBy, List<PackageLine> lines) {

	public ReferralPackage {
		lines = List.copyOf(lines);
	}

	@Override
	public String toString() {
		return "ReferralPackage[" + this.referral + ", " + this.lines.size() + " lines]";
	}

}
