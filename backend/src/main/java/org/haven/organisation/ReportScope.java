package org.haven.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A report scope: every team of one office, or of the whole organisation. It gives no
 * case access.
 */
public record ReportScope(ReportReach reach, @Nullable UUID office) {

	public static ReportScope organisation() {
		return new ReportScope(ReportReach.ORGANISATION, null);
	}

	public static ReportScope office(UUID office) {
		return new ReportScope(ReportReach.OFFICE, office);
	}

}
