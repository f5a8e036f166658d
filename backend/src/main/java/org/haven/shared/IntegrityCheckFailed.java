package org.haven.shared;

/**
 * A stored record failed an integrity check: a ciphertext was altered or moved, or a row
 * that grants access was written outside Haven. Published so that the audit trail records
 * it apart from the work that failed (which rolls back) and auditors see it among the
 * integrity findings. Names the kind of record and its pseudonymous id, never content.
 *
 * @param record what failed, as a stable name such as {@code "case-note"} or
 * {@code "case-assignment"}
 * @param subject the pseudonymous id of the person, case or account it belongs to, or
 * null
 */
public record IntegrityCheckFailed(String record, PseudonymousId subject) implements SecurityEvent {

}
