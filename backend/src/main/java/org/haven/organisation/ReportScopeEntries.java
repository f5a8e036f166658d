package org.haven.organisation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The report scopes granted, one per supervisor at most. */
interface ReportScopeEntries extends JpaRepository<ReportScopeEntry, UUID> {

}
