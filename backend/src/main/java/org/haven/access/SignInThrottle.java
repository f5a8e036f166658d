package org.haven.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without handing anyone a way to lock the staff out. Three
 * counts, each with free attempts and then a wait that doubles with every failure up to a
 * cap (see {@link SignInThrottleProperties}): one account from one client address (the
 * guesser at a keyboard), one client address at any account (the guesser trying many
 * usernames), and one account from client addresses it has not signed in from lately (the
 * guesser with many addresses). An attempt that comes too soon is refused without its
 * password being checked. Nothing is ever locked: the owner of an account, at an address
 * they have signed in from lately, is slowed only by failures from that address, so that
 * an attacker elsewhere cannot keep them out; and every wait ends by itself.
 */
class SignInThrottle {

	private static final Duration PRUNE_EVERY = Duration.ofHours(1);

	private final SignInThrottleRows rows;

	private final SignInThrottleProperties settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.MIN);

	SignInThrottle(SignInThrottleRows rows, SignInThrottleProperties settings, Clock clock,
			TransactionTemplate transactions) {
		this.rows = rows;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Counts an attempt from {@code address} at {@code account} (null when no account has
	 * the username typed), or refuses it if it comes too soon. Either every count takes
	 * the attempt or none does.
	 */
	Attempt begin(ClientAddress address, UUID account) {
		Instant now = this.clock.instant();
		pruneNowAndThen(now);
		Instant forgetBefore = now.minus(this.settings.forgetAfter());
		return this.transactions.execute(status -> {
			if (!reserve(addressKey(address), null, this.settings.freeAttemptsPerAddress(), now, forgetBefore)) {
				status.setRollbackOnly();
				return Attempt.refused(false);
			}
			if (account == null) {
				return new Attempt(true, false, address, null, false);
			}
			String pair = pairKey(account, address);
			boolean familiar = this.rows.succeededSince(pair, now.minus(this.settings.familiarFor()));
			if (!reserve(pair, account, this.settings.freeAttempts(), now, forgetBefore)
					|| !familiar && !reserve(accountKey(account), account, this.settings.freeAttemptsPerAccount(), now,
							forgetBefore)) {
				status.setRollbackOnly();
				return Attempt.refused(true);
			}
			return new Attempt(true, false, address, account, !familiar);
		});
	}

	/**
	 * The password was right: the attempt is given back, the account's count at this
	 * address starts afresh and the address becomes familiar to the account.
	 */
	void succeeded(Attempt attempt) {
		if (!attempt.allowed()) {
			throw new IllegalArgumentException("A refused attempt cannot succeed");
		}
		this.transactions.executeWithoutResult(status -> {
			this.rows.giveBack(addressKey(attempt.address()));
			if (attempt.account() != null) {
				this.rows.succeeded(pairKey(attempt.account(), attempt.address()), this.clock.instant());
				if (attempt.countedForTheAccount()) {
					this.rows.giveBack(accountKey(attempt.account()));
				}
			}
		});
	}

	/** After an administrator's password reset the account starts with no failures. */
	void clear(UUID account) {
		this.rows.clearAccount(account);
	}

	private boolean reserve(String key, UUID account, int free, Instant now, Instant forgetBefore) {
		return this.rows.reserve(key, account, free, now, forgetBefore, this.settings.firstDelay(),
				this.settings.maxDelay());
	}

	private void pruneNowAndThen(Instant now) {
		Instant last = this.lastPruned.get();
		if (now.isAfter(last.plus(PRUNE_EVERY)) && this.lastPruned.compareAndSet(last, now)) {
			this.transactions.executeWithoutResult(status -> this.rows.prune(now.minus(this.settings.forgetAfter()),
					now.minus(this.settings.familiarFor())));
		}
	}

	static String addressKey(ClientAddress address) {
		return "address|" + address.value();
	}

	static String pairKey(UUID account, ClientAddress address) {
		return "account-address|" + account + "|" + address.value();
	}

	static String accountKey(UUID account) {
		return "account|" + account;
	}

	/**
	 * One attempt: let through or refused. {@code refusedForTheAccount} tells a refusal
	 * that depends on the account (which takes as long as a password check, so that the
	 * time taken tells nobody whether the account exists) from one of the address alone.
	 */
	record Attempt(boolean allowed, boolean refusedForTheAccount, ClientAddress address, UUID account,
			boolean countedForTheAccount) {

		static Attempt refused(boolean forTheAccount) {
			return new Attempt(false, forTheAccount, null, null, false);
		}

	}

}
