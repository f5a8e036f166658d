package org.haven.assessment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrationEntries extends JpaRepository<AdministrationEntry, UUID> {

	List<AdministrationEntry> findByCaseIdOrderByAdministeredOnAscRecordedAtAsc(UUID caseId);

	List<AdministrationEntry> findAllByCaseIdIn(Collection<UUID> caseIds);

	default List<AdministrationEntry> findByCaseIdIn(Collection<UUID> caseIds) {
		return InChunks.of(caseIds, this::findAllByCaseIdIn);
	}

}
