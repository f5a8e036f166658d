package org.haven.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the retention of closed cases needs to know of their after-care, from the module
 * that keeps it (which depends on this one, never the other way round): whether a check
 * is still open, and the day of the last one done or recorded.
 */
public interface CaseAfterCare {

	/**
	 * The after-care of each of these cases that has any; a case without after-care is
	 * left out.
	 */
	Map<UUID, State> of(Collection<UUID> cases);

	/**
	 * @param checkOpen whether a check is still to be done
	 * @param lastCheckOn the day of the last check done or recorded; empty if none
	 */
	record State(boolean checkOpen, @Nullable LocalDate lastCheckOn) {

		public static final State NONE = new State(false, null);

	}

}
