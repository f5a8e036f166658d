package org.haven.access;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the stable id of an account by its username, for records that must outlive a
 * rename.
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

}
