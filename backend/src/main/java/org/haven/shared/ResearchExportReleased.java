package org.haven.shared;

import java.time.LocalDate;

/**
 * A supervisor released the de-identified research export of a period: how many persons
 * it holds, the k it achieved, and the SHA-256 of the file handed out, so that a copy
 * found later can be matched to its release. Here rather than in the reporting module,
 * since nothing may depend on that module and the audit trail records this fact.
 */
public record ResearchExportReleased(LocalDate from, LocalDate to, int rows, int k, String sha256) {

}
