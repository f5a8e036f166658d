package org.haven.assistance;

/** How safe the person is now, as the caseworker judges it at an after-care check. */
public enum SafetyNow {

	SAFE, CONCERNS, UNSAFE, NOT_KNOWN

}
