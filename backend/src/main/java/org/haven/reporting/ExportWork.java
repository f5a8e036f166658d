package org.haven.reporting;

import java.io.IOException;
import java.io.OutputStream;

import org.jspecify.annotations.Nullable;

/**
 * What a background export writes. It reports its progress, which is also where a cancel
 * stops it; it is released only once its file is complete and its hash known.
 */
interface ExportWork {

	/**
	 * Writes the whole file; returns the cover sheet it states, if any.
	 * @throws ExportCancelled when cancelled, through {@link ExportProgress}
	 */
	@Nullable CoverSheet writeTo(OutputStream file, ExportProgress progress) throws IOException;

	/**
	 * Called with the hash of the complete file before anyone can download it; a failure
	 * here (the audit trail cannot be written) fails the export and deletes its file.
	 */
	default void released(String sha256, @Nullable CoverSheet cover) {
	}

}
