package org.haven.partner;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A partner as an administrator enters it.
 *
 * @param country ISO 3166 code of the country served
 * @param languages ISO 639 codes
 * @param services codes of the reference list SERVICE_TYPES
 * @param publicKeys the partner's Haven keys file, when it runs Haven
 */
public record NewPartner(String name, @Nullable OrganisationType type, String country, String area,
		List<String> languages, Set<String> services, Eligibility eligibility, String contactChannel,
		@Nullable DataSharingAgreement agreement, @Nullable String publicKeys) {

	public NewPartner {
		languages = languages == null ? List.of() : List.copyOf(languages);
		services = services == null ? Set.of() : Set.copyOf(services);
		eligibility = eligibility == null ? Eligibility.EVERYONE : eligibility;
	}

}
