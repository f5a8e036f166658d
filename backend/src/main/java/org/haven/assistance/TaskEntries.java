package org.haven.assistance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskEntries extends JpaRepository<TaskEntry, UUID> {

	@Query("select t from TaskEntry t where t.caseId = :caseId order by t.status, t.dueOn, t.createdAt")
	List<TaskEntry> findOfCase(UUID caseId);

	@Query("select t from TaskEntry t where t.caseId = :caseId and t.status = 'OPEN' and t.kind in :kinds")
	List<TaskEntry> findOpenOfCase(UUID caseId, Collection<TaskKind> kinds);

	@Query("select t from TaskEntry t where t.caseId = :caseId and t.status = 'OPEN' and t.kind = :kind"
			+ " and t.subject = :subject")
	List<TaskEntry> findOpenOfCaseAbout(UUID caseId, TaskKind kind, String subject);

	@Query("select t from TaskEntry t where t.caseCode = :code and t.status = 'OPEN'")
	List<TaskEntry> findOpenOfCaseCode(String code);

	@Query("select t from TaskEntry t where t.assignedTo = :account and t.status = 'OPEN' and t.dueOn <= :until"
			+ " order by t.dueOn, t.caseCode")
	List<TaskEntry> findOpenAssignedDueBy(UUID account, LocalDate until);

	@Query("select t from TaskEntry t where t.assignedTo = :account and t.status = 'OPEN' and t.kind = :kind"
			+ " order by t.dueOn, t.caseCode")
	List<TaskEntry> findOpenAssignedOfKind(UUID account, TaskKind kind);

	@Query("select t from TaskEntry t where t.status = 'OPEN' and t.escalatedAt is not null order by t.dueOn, t.caseCode")
	List<TaskEntry> findEscalated();

	@Query("select t from TaskEntry t where t.status = 'OPEN' and t.escalatedAt is null and t.dueOn < :today"
			+ " order by t.dueOn, t.caseCode")
	List<TaskEntry> findOverdueNotEscalated(LocalDate today);

	List<TaskEntry> findAllByCaseIdInAndKind(Collection<UUID> caseIds, TaskKind kind);

	default List<TaskEntry> findByCaseIdInAndKind(Collection<UUID> caseIds, TaskKind kind) {
		return InChunks.of(caseIds, chunk -> findAllByCaseIdInAndKind(chunk, kind));
	}

	@Query("select t from TaskEntry t where t.status = 'OPEN' and t.escalatedAt is null and t.dueOn < :before")
	List<TaskEntry> findOpenDueBefore(LocalDate before);

}
