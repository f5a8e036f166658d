package org.haven.reporting;

/** Ends a background export that was cancelled, or stopped with the application. */
class ExportCancelled extends RuntimeException {

	ExportCancelled() {
		super("The export was cancelled", null, false, false);
	}

}
