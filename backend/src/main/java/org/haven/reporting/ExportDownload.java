package org.haven.reporting;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A ready export, handed to the user who started it: its file is sent once and deleted
 * after it was sent.
 */
public interface ExportDownload {

	String fileName();

	String contentType();

	void writeTo(OutputStream target) throws IOException;

}
