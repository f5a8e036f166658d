package org.haven.assessment;

/**
 * One version of one instrument: what an administration was made with, and the only thing
 * by which reports may compare baselines with endlines.
 */
public record InstrumentVersion(String code, int version) {

	public static final String REINTEGRATION_OUTCOMES = "REINTEGRATION_OUTCOMES";

	public static final String RE_TRAFFICKING_SCREEN = "RE_TRAFFICKING_SCREEN";

	@Override
	public String toString() {
		return this.code + " " + this.version;
	}

}
