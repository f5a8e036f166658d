package org.haven.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, UUID> {

	Optional<CaseFile> findByCode(String code);

	boolean existsByCode(String code);

	List<CaseFile> findByPersonCode(String personCode);

}

interface NoteEntryRepository extends JpaRepository<NoteEntry, UUID> {

	List<NoteEntry> findByCaseIdOrderByCreatedAtDesc(UUID caseId);

}

interface BreakGlassGrantRepository extends JpaRepository<BreakGlassGrant, UUID> {

}

interface DraftEntryRepository extends JpaRepository<DraftEntry, UUID> {

	List<DraftEntry> findByOwnerIdOrderByUpdatedAtDesc(UUID ownerId);

}
