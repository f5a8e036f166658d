package org.haven.audit;

/** Whether what was attempted happened. */
public enum Outcome {

	ALLOWED, DENIED, FAILED

}
