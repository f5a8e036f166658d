package org.haven.person;

/**
 * The age bands of the Counter Trafficking Data Collaborative, so that exports need no
 * re-coding.
 */
public enum AgeBand {

	AGE_0_8(0, 8), AGE_9_17(9, 17), AGE_18_20(18, 20), AGE_21_23(21, 23), AGE_24_26(24, 26), AGE_27_29(27, 29),
	AGE_30_38(30, 38), AGE_39_47(39, 47), AGE_48_PLUS(48, Integer.MAX_VALUE);

	private final int from;

	private final int to;

	AgeBand(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public static AgeBand of(int age) {
		for (AgeBand band : values()) {
			if (age >= band.from && age <= band.to) {
				return band;
			}
		}
		throw new IllegalArgumentException("A negative age has no band");
	}

	public boolean isMinor() {
		return this.to < 18;
	}

}
