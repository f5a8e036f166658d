package org.haven.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseFileRepository extends JpaRepository<CaseFile, UUID> {

	Optional<CaseFile> findByCode(String code);

	boolean existsByCode(String code);

	List<CaseFile> findByPersonCode(String personCode);

	List<CaseFile> findAllByPersonCodeIn(Collection<String> personCodes);

	default List<CaseFile> findByPersonCodeIn(Collection<String> personCodes) {
		return InChunks.of(personCodes, this::findAllByPersonCodeIn);
	}

	/** Of these persons, those who have a case in one of the teams. */
	@Query("select distinct c.personCode from CaseFile c where c.personCode in :persons and c.teamId in :teams")
	List<String> personCodesWithCasesInOneStatement(@Param("persons") Collection<String> persons,
			@Param("teams") Collection<UUID> teams);

	/** Of these persons, those who have a case in one of the teams, each once. */
	default List<String> personCodesWithCasesIn(Collection<String> persons, Set<UUID> teams) {
		if (teams.isEmpty()) {
			return List.of();
		}
		return InChunks.of(Set.copyOf(persons), chunk -> personCodesWithCasesInOneStatement(chunk, teams));
	}

}

/**
 * The cases open at some time in a period, or opened in it, for anonymised statistics.
 */
interface OpenCaseFiles extends JpaRepository<CaseFile, UUID> {

	@Query("select new org.haven.casefile.CountedCaseRow(c.id, c.code, c.personCode, c.assignmentGeneration, c.seal,"
			+ " c.teamId, c.teamSeal, c.opening.createdAt, c.closure.closedAt, c.status, c.closure.outcome,"
			+ " c.answers.situation, c.answers.nonPunishment) from CaseFile c where c.opening.createdAt < :until"
			+ " and (c.closure.closedAt is null or c.closure.closedAt >= :from) and c.teamId in :teams")
	List<CountedCaseRow> openBetween(@Param("from") Instant from, @Param("until") Instant until,
			@Param("teams") Collection<UUID> teams);

	@Query("select c from CaseFile c where c.opening.createdAt >= :from and c.opening.createdAt < :until")
	List<CaseFile> registeredBetween(@Param("from") Instant from, @Param("until") Instant until);

}

interface NoteEntryRepository extends JpaRepository<NoteEntry, UUID> {

	List<NoteEntry> findByCaseIdOrderByCreatedAtDesc(UUID caseId);

}

interface BreakGlassGrantRepository extends JpaRepository<BreakGlassGrant, UUID> {

}

interface DraftEntryRepository extends JpaRepository<DraftEntry, UUID> {

	List<DraftEntry> findByOwnerIdOrderByUpdatedAtDesc(UUID ownerId);

}
