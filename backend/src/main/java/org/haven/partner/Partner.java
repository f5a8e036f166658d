package org.haven.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A partner organisation as the directory holds it. */
public record Partner(UUID id, String name, OrganisationType type, String country, String area, List<String> languages,
		Set<String> services, Eligibility eligibility, String contactChannel, @Nullable DataSharingAgreement agreement,
		@Nullable String publicKeys, long version) {

	public boolean offers(String service) {
		return this.services.contains(service);
	}

	/** Whether identity may travel to this partner on that day. */
	public boolean mayReceiveIdentityOn(LocalDate day) {
		return DataSharingAgreement.liveOn(this.agreement, day);
	}

	/** The partner's Haven keys, when it runs Haven and handed over its keys file. */
	public java.util.Optional<PartnerKeys> keys() {
		return PartnerKeys.parse(this.publicKeys);
	}

}
