package org.haven.reporting;

/**
 * The characteristics of the research export that, together, could single a person out,
 * with the number of ways each can be shown, from as recorded (level 0) to left out (the
 * last level). The export generalises them, never below k, before it leaves anyone out.
 */
public enum QuasiIdentifier {

	/** As recorded (CTDC's values), or left out. */
	GENDER(2),

	/** CTDC's age band, minor or adult, or left out. */
	AGE(3),

	/** The country, its UN M49 sub-region, its region, or left out. */
	CITIZENSHIP(4),

	/** As citizenship; several countries in different areas read "Multiple". */
	COUNTRY_OF_EXPLOITATION(4),

	/** The year, a span of five years, or left out. */
	YEAR_OF_REGISTRATION(3),

	/** Forced labour, sexual exploitation, other exploitation, as flags; or left out. */
	FORM_OF_EXPLOITATION(2);

	private final int levels;

	QuasiIdentifier(int levels) {
		this.levels = levels;
	}

	/** How many ways it can be shown, the last being "left out". */
	public int levels() {
		return this.levels;
	}

	public int leftOut() {
		return this.levels - 1;
	}

}
