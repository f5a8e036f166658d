package org.haven.assistance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceEntries extends JpaRepository<ServiceEntry, UUID> {

	@Query("select s from ServiceEntry s where s.caseId = :caseId order by s.requestedOn, s.createdAt")
	List<ServiceEntry> findOfCase(UUID caseId);

	@Query("select s from ServiceEntry s where s.caseId in :caseIds and (s.requestedOn between :from and :to"
			+ " or s.deliveredOn between :from and :to)")
	List<ServiceEntry> findOfCasesDatedBetweenInOneStatement(Collection<UUID> caseIds, LocalDate from, LocalDate to);

	default List<ServiceEntry> findOfCasesDatedBetween(Collection<UUID> caseIds, LocalDate from, LocalDate to) {
		return InChunks.of(caseIds, chunk -> findOfCasesDatedBetweenInOneStatement(chunk, from, to));
	}

	@Query("select s from ServiceEntry s where s.overdueTaskRaised = false and s.dueBy < :day"
			+ " and s.status in (org.haven.assistance.ServiceStatus.PLANNED, org.haven.assistance.ServiceStatus.REFERRED,"
			+ " org.haven.assistance.ServiceStatus.IN_PROGRESS)")
	List<ServiceEntry> findStillDueBefore(LocalDate day);

}
