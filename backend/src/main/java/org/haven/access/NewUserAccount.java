package org.haven.access;

import java.util.Set;

/** What an administrator enters to create an account. The password is temporary. */
public record NewUserAccount(String username, String displayName, Set<Role> roles, String temporaryPassword) {

	@Override
	public String toString() {
		return "NewUserAccount[roles=" + this.roles + "]";
	}

}
