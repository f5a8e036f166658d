package org.haven.partner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner as the modules that refer people to it see it, after their own checks of
 * who asks (a referral being sent, an answer being imported, a withdrawal of consent).
 * Directory entries name no person; the directory's own service is what users call.
 */
@Component
public class PartnerLookup {

	private final PartnerEntries entries;

	PartnerLookup(PartnerEntries entries) {
		this.entries = entries;
	}

	@Transactional(readOnly = true)
	public Optional<Partner> find(UUID id) {
		return this.entries.findById(id).map(PartnerEntry::toPartner);
	}

	/** The partner whose keys file names that installation of Haven. */
	@Transactional(readOnly = true)
	public Optional<Partner> runningInstallation(String installation) {
		return this.entries.findAll()
			.stream()
			.map(PartnerEntry::toPartner)
			.filter(partner -> partner.keys().map(keys -> keys.installation().equals(installation)).orElse(false))
			.findFirst();
	}

}
