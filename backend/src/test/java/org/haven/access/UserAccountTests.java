package org.haven.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTests {

	static final Instant NINE_O_CLOCK = Instant.parse("2026-11-27T09:00:00Z");

	static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

	UserAccount account = new UserAccount("carol", "Carol", Set.of(Role.CASEWORKER), "{argon2}hash", false,
			NINE_O_CLOCK);

	@Test
	void four_wrong_passwords_do_not_lock_an_account() {
		failTimes(4, NINE_O_CLOCK);
		assertThat(this.account.isLockedAt(NINE_O_CLOCK)).isFalse();
	}

	@Test
	void the_fifth_wrong_password_in_a_row_locks_the_account_for_fifteen_minutes() {
		failTimes(5, NINE_O_CLOCK);
		assertThat(this.account.isLockedAt(NINE_O_CLOCK)).isTrue();
		assertThat(this.account.isLockedAt(NINE_O_CLOCK.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(this.account.isLockedAt(NINE_O_CLOCK.plus(FIFTEEN_MINUTES))).isFalse();
	}

	@Test
	void attempts_while_locked_do_not_extend_the_lock() {
		failTimes(5, NINE_O_CLOCK);
		failTimes(10, NINE_O_CLOCK.plus(Duration.ofMinutes(10)));
		assertThat(this.account.isLockedAt(NINE_O_CLOCK.plus(FIFTEEN_MINUTES))).isFalse();
	}

	@Test
	void after_a_lock_expires_the_count_starts_afresh() {
		failTimes(5, NINE_O_CLOCK);
		Instant later = NINE_O_CLOCK.plus(Duration.ofMinutes(20));
		failTimes(1, later);
		assertThat(this.account.isLockedAt(later)).isFalse();
		assertThat(this.account.failedLoginAttempts()).isEqualTo(1);
	}

	@Test
	void a_successful_sign_in_clears_the_count() {
		failTimes(4, NINE_O_CLOCK);
		this.account.registerSuccessfulLogin(NINE_O_CLOCK);
		failTimes(4, NINE_O_CLOCK);
		assertThat(this.account.isLockedAt(NINE_O_CLOCK)).isFalse();
	}

	@Test
	void a_password_reset_lifts_the_lock_and_demands_a_new_password() {
		failTimes(5, NINE_O_CLOCK);
		this.account.resetPassword("{argon2}temporary", NINE_O_CLOCK);
		assertThat(this.account.isLockedAt(NINE_O_CLOCK)).isFalse();
		assertThat(this.account.mustChangePassword()).isTrue();
	}

	private void failTimes(int times, Instant at) {
		for (int i = 0; i < times; i++) {
			this.account.registerFailedLogin(at, 5, FIFTEEN_MINUTES);
		}
	}

}
