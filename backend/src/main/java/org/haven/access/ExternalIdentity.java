package org.haven.access;

import java.util.Set;

/**
 * Who the identity provider says has signed in: its stable id of the person
 * ({@code subject}), their username and name, and the Haven roles it grants them (none
 * when it grants none).
 */
public record ExternalIdentity(String subject, String username, String displayName, Set<Role> roles) {

	public ExternalIdentity {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	@Override
	public String toString() {
		return "ExternalIdentity[roles=" + this.roles + "]";
	}

}
