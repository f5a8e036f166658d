package org.haven.shared;

/**
 * The audit trail could not record an event. Whatever the event was about did not happen,
 * or was not shown: Haven fails closed.
 */
public class AuditUnavailableException extends RuntimeException {

	public AuditUnavailableException(Throwable cause) {
		super("The audit trail could not record an event; the action was refused", cause);
	}

}
