package org.haven.reporting;

/** Where a background export stands. Only a READY export has a file. */
public enum ExportState {

	RUNNING, READY, CANCELLED, FAILED

}
