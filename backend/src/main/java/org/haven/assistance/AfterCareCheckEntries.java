package org.haven.assistance;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AfterCareCheckEntries extends JpaRepository<AfterCareCheckEntry, UUID> {

	List<AfterCareCheckEntry> findByCaseIdOrderByRecordedAt(UUID caseId);

	List<AfterCareCheckEntry> findByCaseIdIn(Collection<UUID> caseIds);

}
