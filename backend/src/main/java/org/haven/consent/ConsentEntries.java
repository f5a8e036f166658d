package org.haven.consent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentEntries extends JpaRepository<ConsentEntry, UUID> {

	List<ConsentEntry> findByCaseIdOrderByRecordedAtAscVersionAsc(UUID caseId);

	List<ConsentEntry> findAllByCaseIdInAndPurposeAndScope(Collection<UUID> caseIds, ConsentPurpose purpose,
			String scope);

	default List<ConsentEntry> findByCaseIdInAndPurposeAndScope(Collection<UUID> caseIds, ConsentPurpose purpose,
			String scope) {
		return InChunks.of(caseIds, chunk -> findAllByCaseIdInAndPurposeAndScope(chunk, purpose, scope));
	}

	Optional<ConsentEntry> findFirstByCaseIdAndPurposeAndScopeOrderByVersionDesc(UUID caseId, ConsentPurpose purpose,
			String scope);

}
