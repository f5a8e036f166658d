package org.haven.consent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentEntries extends JpaRepository<ConsentEntry, UUID> {

	List<ConsentEntry> findByCaseIdOrderByRecordedAtAscVersionAsc(UUID caseId);

	List<ConsentEntry> findByCaseIdInAndPurposeAndScope(Collection<UUID> caseIds, ConsentPurpose purpose, String scope);

	Optional<ConsentEntry> findFirstByCaseIdAndPurposeAndScopeOrderByVersionDesc(UUID caseId, ConsentPurpose purpose,
			String scope);

}
