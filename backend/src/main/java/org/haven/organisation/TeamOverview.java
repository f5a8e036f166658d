package org.haven.organisation;

import java.util.List;
import java.util.UUID;

import org.haven.access.StaffMember;

/** A team with its office, its members and its supervisors, by name. */
public record TeamOverview(UUID id, String name, UUID officeId, String officeName, List<StaffMember> members,
		List<StaffMember> supervisors) {

	/** The team as a list names it: its office, then its name. */
	public String fullName() {
		return this.officeName + " / " + this.name;
	}

}
