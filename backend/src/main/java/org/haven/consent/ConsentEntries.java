package org.haven.consent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsentEntries extends JpaRepository<ConsentEntry, UUID> {

	List<ConsentEntry> findByCaseIdOrderByRecordedAtAscVersionAsc(UUID caseId);

	@Query("select new org.haven.consent.LiveConsentRow(e.id, e.caseId, e.personCode, e.purpose, e.scope, e.version,"
			+ " e.legalBasis, e.givenOn, e.expiresOn, e.withdrawnOn, e.seal) from ConsentEntry e"
			+ " where e.caseId in :caseIds and e.purpose = :purpose and e.scope = :scope")
	List<LiveConsentRow> versionsInOneStatement(Collection<UUID> caseIds, ConsentPurpose purpose, String scope);

	default List<LiveConsentRow> versions(Collection<UUID> caseIds, ConsentPurpose purpose, String scope) {
		return InChunks.of(caseIds, chunk -> versionsInOneStatement(chunk, purpose, scope));
	}

	Optional<ConsentEntry> findFirstByCaseIdAndPurposeAndScopeOrderByVersionDesc(UUID caseId, ConsentPurpose purpose,
			String scope);

}
