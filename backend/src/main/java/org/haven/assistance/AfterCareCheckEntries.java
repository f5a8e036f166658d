package org.haven.assistance;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;

interface AfterCareCheckEntries extends JpaRepository<AfterCareCheckEntry, UUID> {

	List<AfterCareCheckEntry> findByCaseIdOrderByRecordedAt(UUID caseId);

	List<AfterCareCheckEntry> findAllByCaseIdIn(Collection<UUID> caseIds);

	default List<AfterCareCheckEntry> findByCaseIdIn(Collection<UUID> caseIds) {
		return InChunks.of(caseIds, this::findAllByCaseIdIn);
	}

}
