package org.haven.organisation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The offices' rows. */
interface OfficeEntries extends JpaRepository<OfficeEntry, UUID> {

	boolean existsByNameIgnoreCase(String name);

}
