package org.haven.assessment;

/**
 * When in the case an instrument was administered: at or soon after intake, during the
 * work, before closure, or at an after-care check after it.
 */
public enum AdministrationKind {

	BASELINE, REVIEW, ENDLINE, POST_CLOSURE

}
