package org.haven.organisation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The acting supervisions' rows, running and past. */
interface ActingSupervisionEntries extends JpaRepository<ActingSupervisionEntry, UUID> {

}
