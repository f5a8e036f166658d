package org.haven.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The teams' rows, with their members and supervisors. */
interface TeamEntries extends JpaRepository<TeamEntry, UUID> {

	List<TeamEntry> findByOfficeId(UUID office);

	boolean existsByOfficeIdAndNameIgnoreCase(UUID office, String name);

}
