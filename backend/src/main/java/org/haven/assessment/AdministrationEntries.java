package org.haven.assessment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrationEntries extends JpaRepository<AdministrationEntry, UUID> {

	List<AdministrationEntry> findByCaseIdOrderByAdministeredOnAscRecordedAtAsc(UUID caseId);

	List<AdministrationEntry> findByCaseIdIn(Collection<UUID> caseIds);

}
