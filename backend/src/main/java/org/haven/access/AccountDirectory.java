package org.haven.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the stable id of an account by its username, for records that must outlive a
 * rename, and the staff who hold a role, for assignments.
 */
@Component
public class AccountDirectory {

	private final UserAccountRepository accounts;

	AccountDirectory(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public Optional<UUID> idOf(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::id);
	}

	@Transactional(readOnly = true)
	public Map<UUID, String> usernamesOf(Collection<UUID> ids) {
		return this.accounts.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(UserAccount::id, UserAccount::username));
	}

	/** Enabled accounts that hold the role, by username. */
	@Transactional(readOnly = true)
	public List<StaffMember> enabledWithRole(Role role) {
		return this.accounts.findAllOrderedByUsername()
			.stream()
			.filter(account -> account.enabled() && account.roles().contains(role))
			.map(account -> new StaffMember(account.id(), account.username(), account.displayName()))
			.toList();
	}

}
