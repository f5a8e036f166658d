package org.haven.reporting;

import java.util.UUID;

/**
 * A background export, as its screen follows it; known only to the user who started it.
 */
public record ExportJobId(UUID value) {

	static ExportJobId random() {
		return new ExportJobId(UUID.randomUUID());
	}

}
