package org.haven.assessment;

/** How much risk the person faces, in increasing order. */
public enum RiskLevel {

	LOW, MEDIUM, HIGH, IMMEDIATE_DANGER;

	/** The higher of the two. */
	public RiskLevel atLeast(RiskLevel other) {
		return other.compareTo(this) > 0 ? other : this;
	}

}
