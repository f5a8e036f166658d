package org.haven.shared;

/**
 * What any module found that the audit trail records apart from the work it interrupted,
 * which rolls back: a refusal, a failed integrity check. Names records by pseudonymous
 * id, never by content.
 */
public sealed interface SecurityEvent permits AccessRefused, IntegrityCheckFailed {

}
