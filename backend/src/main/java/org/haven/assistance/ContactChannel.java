package org.haven.assistance;

/** How the caseworker reached, or tried to reach, the person. */
public enum ContactChannel {

	IN_PERSON, PHONE, MESSAGE, VIDEO, OTHER

}
