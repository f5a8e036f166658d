package org.haven.reporting;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How a screen writes a report into a file (CSV, a workbook): its name, its type and its
 * bytes, from the report as disclosure control let it through and nothing else.
 */
public interface ReportFile {

	String fileName();

	String contentType();

	void write(Report report, OutputStream target) throws IOException;

}
