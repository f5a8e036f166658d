package org.haven.access;

import java.util.UUID;

/** A member of staff as others see them: who, not what they may do. */
public record StaffMember(UUID id, String username, String displayName) {

	/** The name to show: the display name when there is one. */
	public String shownName() {
		return this.displayName == null || this.displayName.isBlank() ? this.username : this.displayName;
	}

}
