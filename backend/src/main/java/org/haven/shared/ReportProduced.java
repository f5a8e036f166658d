package org.haven.shared;

import java.time.LocalDate;

/**
 * A supervisor read an anonymised report: which report, for which period, under which k
 * (an export is {@link ReportExportReleased}). Here rather than in the reporting module,
 * since nothing may depend on that module and the audit trail records this fact.
 */
public record ReportProduced(String report, LocalDate from, LocalDate to, int k) {

}
