package org.haven.assistance;

import java.util.EnumSet;
import java.util.Set;

/** Where a service of the care plan stands. */
public enum ServiceStatus {

	PLANNED, REFERRED, IN_PROGRESS, DELIVERED, ALREADY_RECEIVED_ELSEWHERE, DECLINED_BY_PERSON, UNAVAILABLE,
	NOT_APPLICABLE, NOT_COMPLETED;

	private static final Set<ServiceStatus> STILL_DUE = EnumSet.of(PLANNED, REFERRED, IN_PROGRESS);

	/** Whether the service is still to come, and so can be overdue. */
	public boolean stillDue() {
		return STILL_DUE.contains(this);
	}

}
