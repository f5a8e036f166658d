package org.haven.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haven.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle against the real database, with its default settings and a clock the test
 * moves: three free failures at an account from one address, then waits of 2 s, 4 s, 8
 * s... up to 15 minutes; ten from one address; twenty at an account from unfamiliar
 * addresses. Every test uses accounts and addresses of its own.
 */
@IntegrationTest
class SignInThrottleTests {

	static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	AccountSeals seals;

	final MovableClock clock = new MovableClock(START);

	SignInThrottle throttle;

	@BeforeEach
	void throttleWithTheTestsClock() {
		this.throttle = new SignInThrottle(new SignInThrottleRows(this.jdbc), SignInThrottleProperties.defaults(),
				this.clock, new TransactionTemplate(this.transactions));
	}

	@Test
	void three_wrong_passwords_are_free_and_the_fourth_attempt_must_wait_two_seconds() {
		UUID account = newAccount();
		ClientAddress address = newAddress();
		fail(3, address, account);

		assertThat(this.throttle.begin(address, account).allowed()).isFalse();
		this.clock.advance(Duration.ofMillis(1999));
		assertThat(this.throttle.begin(address, account).allowed()).isFalse();
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.throttle.begin(address, account).allowed()).isTrue();
	}

	@Test
	void each_further_failure_doubles_the_wait_up_to_fifteen_minutes_and_a_refused_attempt_adds_nothing() {
		UUID account = newAccount();
		ClientAddress address = newAddress();
		fail(3, address, account);
		List<Duration> waits = new ArrayList<>();
		for (int failure = 4; failure <= 14; failure++) {
			waits.add(waitUntilAllowed(address, account));
		}

		assertThat(waits).containsExactly(seconds(2), seconds(4), seconds(8), seconds(16), seconds(32), seconds(64),
				seconds(128), seconds(256), seconds(512), Duration.ofMinutes(15), Duration.ofMinutes(15));
	}

	@Test
	void an_attacker_hammering_an_account_does_not_keep_its_owner_out_at_another_address() {
		UUID account = newAccount();
		ClientAddress attacker = newAddress();
		ClientAddress owner = newAddress();
		for (int attempt = 0; attempt < 200; attempt++) {
			SignInThrottle.Attempt guess = this.throttle.begin(attacker, account);
			this.clock.advance(Duration.ofSeconds(1));
			if (guess.allowed()) {
				continue;
			}
			assertThat(attempt).as("the attacker is slowed down after the free attempts").isGreaterThanOrEqualTo(3);
		}

		SignInThrottle.Attempt ownersAttempt = this.throttle.begin(owner, account);

		assertThat(ownersAttempt.allowed()).isTrue();
		this.throttle.succeeded(ownersAttempt);
	}

	@Test
	void one_address_trying_many_accounts_is_slowed_down_after_ten_failures() {
		ClientAddress sprayer = newAddress();
		for (int account = 0; account < 10; account++) {
			assertThat(this.throttle.begin(sprayer, newAccount()).allowed()).isTrue();
		}

		assertThat(this.throttle.begin(sprayer, newAccount()).allowed()).isFalse();
		assertThat(this.throttle.begin(sprayer, null).allowed()).as("unknown usernames count too").isFalse();
		assertThat(this.throttle.begin(newAddress(), newAccount()).allowed()).isTrue();
	}

	@Test
	void many_addresses_guessing_one_account_are_slowed_down_but_not_its_owner_at_a_familiar_address() {
		UUID account = newAccount();
		ClientAddress owner = newAddress();
		this.throttle.succeeded(this.throttle.begin(owner, account));
		for (int address = 0; address < 6; address++) {
			fail(3, newAddress(), account);
		}
		fail(2, newAddress(), account);

		SignInThrottle.Attempt fromANewAddress = this.throttle.begin(newAddress(), account);
		SignInThrottle.Attempt fromTheOwnersAddress = this.throttle.begin(owner, account);

		assertThat(fromANewAddress.allowed()).isFalse();
		assertThat(fromANewAddress.refusedForTheAccount()).isTrue();
		assertThat(fromTheOwnersAddress.allowed()).isTrue();
	}

	@Test
	void a_successful_sign_in_starts_the_count_afresh_and_gives_its_attempt_back_to_the_address() {
		UUID account = newAccount();
		ClientAddress office = newAddress();
		fail(2, office, account);
		this.throttle.succeeded(this.throttle.begin(office, account));
		fail(3, office, account);
		assertThat(this.throttle.begin(office, account).allowed()).isFalse();

		ClientAddress busyOffice = newAddress();
		for (int colleague = 0; colleague < 30; colleague++) {
			this.throttle.succeeded(this.throttle.begin(busyOffice, newAccount()));
		}
		assertThat(this.throttle.begin(busyOffice, newAccount()).allowed()).isTrue();
	}

	@Test
	void failures_a_day_old_no_longer_count() {
		UUID account = newAccount();
		ClientAddress address = newAddress();
		fail(3, address, account);
		this.clock.advance(Duration.ofHours(24).plusSeconds(1));

		fail(3, address, account);

		assertThat(this.throttle.begin(address, account).allowed()).isFalse();
	}

	@Test
	void a_password_reset_clears_the_accounts_counts() {
		UUID account = newAccount();
		ClientAddress address = newAddress();
		fail(3, address, account);

		this.throttle.clear(account);

		assertThat(this.throttle.begin(address, account).allowed()).isTrue();
	}

	@Test
	void parallel_attempts_get_no_more_free_guesses_than_attempts_one_after_the_other() throws Exception {
		UUID account = newAccount();
		ClientAddress address = newAddress();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> guesses = new ArrayList<>();
			for (int guess = 0; guess < 24; guess++) {
				guesses.add(() -> this.throttle.begin(address, account).allowed());
			}
			int allowed = 0;
			for (Future<Boolean> guess : pool.invokeAll(guesses)) {
				allowed += guess.get() ? 1 : 0;
			}

			assertThat(allowed).isEqualTo(3);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void an_ipv6_client_counts_by_its_slash_64_and_an_ipv4_mapped_address_as_ipv4() {
		assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.of("2001:db8:1:2:ffff:1:2:3"));
		assertThat(ClientAddress.of("2001:db8:1:2::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
		assertThat(ClientAddress.of("::ffff:192.0.2.7")).isEqualTo(ClientAddress.of("192.0.2.7"));
		assertThat(ClientAddress.of("not-an-address.example")).isEqualTo(ClientAddress.UNKNOWN);
		assertThat(ClientAddress.of(null)).isEqualTo(ClientAddress.UNKNOWN);
	}

	/** Counts failed attempts, each of which the throttle must let through. */
	private void fail(int times, ClientAddress address, UUID account) {
		for (int attempt = 0; attempt < times; attempt++) {
			assertThat(this.throttle.begin(address, account).allowed()).as("free attempt %d", attempt + 1).isTrue();
		}
	}

	/** Moves the clock a second at a time until an attempt is let through (and fails). */
	private Duration waitUntilAllowed(ClientAddress address, UUID account) {
		Instant from = this.clock.instant();
		while (!this.throttle.begin(address, account).allowed()) {
			this.clock.advance(Duration.ofSeconds(1));
		}
		return Duration.between(from, this.clock.instant());
	}

	private UUID newAccount() {
		UserAccount account = new UserAccount("throttled-" + UUID.randomUUID().toString().substring(0, 8), "Throttled",
				Set.of(Role.CASEWORKER), "{argon2}unused", false, START);
		account.sealPending(this.seals);
		return this.accounts.saveAndFlush(account).id();
	}

	private static ClientAddress newAddress() {
		UUID random = UUID.randomUUID();
		return ClientAddress.of("10." + (random.getMostSignificantBits() & 0xff) + "."
				+ (random.getLeastSignificantBits() & 0xff) + "." + ((random.getLeastSignificantBits() >> 8) & 0xff));
	}

	private static Duration seconds(long seconds) {
		return Duration.ofSeconds(seconds);
	}

}
