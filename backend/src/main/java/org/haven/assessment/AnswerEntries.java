package org.haven.assessment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerEntries extends JpaRepository<AnswerEntry, UUID> {

	List<AnswerEntry> findAllByAdministrationIdIn(Collection<UUID> administrations);

	default List<AnswerEntry> findByAdministrationIdIn(Collection<UUID> administrations) {
		return InChunks.of(administrations, this::findAllByAdministrationIdIn);
	}

}
