package org.haven.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The account ids of the users signed in on this thread, as looked up in the current
 * transaction: bound to it and dropped when it ends, set aside while a transaction of its
 * own runs within it. Never outlives the transaction, so a change to an account counts
 * from the next one.
 */
final class SignedInAccounts implements TransactionSynchronization {

	private final Map<String, Optional<UUID>> ids = new HashMap<>();

	private SignedInAccounts() {
	}

	/** Call only while transaction synchronisation is active. */
	static Map<String, Optional<UUID>> ofThisTransaction() {
		SignedInAccounts bound = (SignedInAccounts) TransactionSynchronizationManager
			.getResource(SignedInAccounts.class);
		if (bound == null) {
			bound = new SignedInAccounts();
			TransactionSynchronizationManager.bindResource(SignedInAccounts.class, bound);
			TransactionSynchronizationManager.registerSynchronization(bound);
		}
		return bound.ids;
	}

	@Override
	public void suspend() {
		TransactionSynchronizationManager.unbindResourceIfPossible(SignedInAccounts.class);
	}

	@Override
	public void resume() {
		TransactionSynchronizationManager.bindResource(SignedInAccounts.class, this);
	}

	@Override
	public void afterCompletion(int status) {
		TransactionSynchronizationManager.unbindResourceIfPossible(SignedInAccounts.class);
	}

}
