package org.haven.partner;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The partner directory's rows. */
interface PartnerEntries extends JpaRepository<PartnerEntry, UUID> {

}
