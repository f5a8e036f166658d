package org.haven.person;

/**
 * Gender as the person describes it, in the values of the Human Trafficking Case Data
 * Standard, plus the answers "declined to answer" and "unknown". No value at all means:
 * not asked yet.
 */
public enum Gender {

	FEMININE, MASCULINE, TRANSGENDER_FEMININE, TRANSGENDER_MASCULINE, NON_CONFORMING, UNKNOWN, DECLINED

}
