package org.haven.reporting;

/** How far a background export has come; where it learns that it was cancelled. */
interface ExportProgress {

	/**
	 * Records the progress, in percent of the whole.
	 * @throws ExportCancelled when the export was cancelled
	 */
	void advance(int percent);

	/**
	 * @throws ExportCancelled when the export was cancelled
	 */
	default void checkCancelled() {
		advance(-1);
	}

}
