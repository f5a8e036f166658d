package org.haven.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A background export as its screen shows it: its progress in percent, and once ready the
 * file's name, its SHA-256 and, for the research export, its cover sheet.
 */
public record ExportJobStatus(ExportJobId id, ExportState state, int percent, String fileName, @Nullable String sha256,
		@Nullable CoverSheet cover) {

}
