package org.haven.assistance;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GoalEntries extends JpaRepository<GoalEntry, UUID> {

	List<GoalEntry> findByCaseIdOrderByCreatedAt(UUID caseId);

}
