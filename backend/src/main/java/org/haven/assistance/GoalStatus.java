package org.haven.assistance;

/** Where a goal of the care plan stands: in progress, or how it went, with a date. */
public enum GoalStatus {

	OPEN, MET, PARTLY_MET, NOT_MET, DROPPED

}
