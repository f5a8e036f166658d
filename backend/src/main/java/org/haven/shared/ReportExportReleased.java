package org.haven.shared;

import java.time.LocalDate;

/**
 * A supervisor's export of an anonymised report was complete and handed out: which
 * report, for which period, under which k, and the SHA-256 of the file, so that a copy
 * found later can be matched to its release. Here rather than in the reporting module,
 * since nothing may depend on that module and the audit trail records this fact.
 */
public record ReportExportReleased(String report, LocalDate from, LocalDate to, int k, String sha256) {

}
