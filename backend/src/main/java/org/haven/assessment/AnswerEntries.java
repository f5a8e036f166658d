package org.haven.assessment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerEntries extends JpaRepository<AnswerEntry, UUID> {

	List<AnswerEntry> findByAdministrationIdIn(Collection<UUID> administrations);

}
