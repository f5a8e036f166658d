package org.haven.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the stable id of an account by its username, for records that must outlive a
 * rename, and the staff who hold a role, for assignments. Cases are reached by account
 * id, so only accounts whose sign-in carries its seal have one here, and only sealed role
 * memberships count.
 */
@Component
public class AccountDirectory {

	private final UserAccountRepository accounts;

	private final AccountSeals seals;

	AccountDirectory(UserAccountRepository accounts, AccountSeals seals) {
		this.accounts = accounts;
		this.seals = seals;
	}

	/**
	 * The id of the account, when its sign-in carries its seal; a failure is reported.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> idOf(String username) {
		return this.accounts.findByUsername(username).filter(this.seals::intact).map(UserAccount::id);
	}

	/**
	 * The signed-in user's account id, as {@link #idOf}: looked up once per transaction,
	 * however many rows of a list ask for it.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> signedInId() {
		String username = CurrentUser.username();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return idOf(username);
		}
		return SignedInAccounts.ofThisTransaction().computeIfAbsent(username, this::idOf);
	}

	/**
	 * The signed-in member of staff's account id, for a service that acts on their
	 * behalf: whoever passed the service's role check has an account, so none is a fault.
	 */
	@Transactional(readOnly = true)
	public UUID signedInAccount() {
		return signedInId().orElseThrow(() -> new IllegalStateException("The signed-in user has no account"));
	}

	/**
	 * The id to name the account by in a record, such as an audit event: like
	 * {@link #idOf}, but a failure is not reported, since the record being written may be
	 * that very report.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> recordedIdOf(String username) {
		return this.accounts.findByUsername(username).filter(this.seals::verifies).map(UserAccount::id);
	}

	@Transactional(readOnly = true)
	public Map<UUID, String> usernamesOf(Collection<UUID> ids) {
		return this.accounts.findUsernamesByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
	}

	/** Enabled accounts that hold the role, by username. */
	@Transactional(readOnly = true)
	public List<StaffMember> enabledWithRole(Role role) {
		return this.accounts.findAllOrderedByUsername()
			.stream()
			.filter(account -> account.enabled() && account.roles().contains(role) && this.seals.intact(account)
					&& this.seals.roles(account).contains(role))
			.map(account -> new StaffMember(account.id(), account.username(), account.displayName()))
			.toList();
	}

}
