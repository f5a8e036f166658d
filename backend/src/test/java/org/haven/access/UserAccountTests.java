package org.haven.access;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTests {

	static final Instant NINE_O_CLOCK = Instant.parse("2026-11-27T09:00:00Z");

	UserAccount account = new UserAccount("carol", "Carol", Set.of(Role.CASEWORKER), "{argon2}hash", false,
			NINE_O_CLOCK);

	@Test
	void a_password_reset_demands_a_new_password() {
		this.account.resetPassword("{argon2}temporary", NINE_O_CLOCK);
		assertThat(this.account.mustChangePassword()).isTrue();
	}

	@Test
	void an_account_tied_to_the_identity_provider_keeps_no_password() {
		this.account.linkToIdentityProvider("subject-1", NINE_O_CLOCK);

		assertThat(this.account.externalSubject()).isEqualTo("subject-1");
		assertThat(this.account.passwordHash()).isNull();
		assertThat(this.account.mustChangePassword()).isFalse();
	}

	@Test
	void an_account_is_never_tied_to_a_second_person_of_the_identity_provider() {
		this.account.linkToIdentityProvider("subject-1", NINE_O_CLOCK);

		assertThatThrownBy(() -> this.account.linkToIdentityProvider("subject-2", NINE_O_CLOCK))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.account.externalSubject()).isEqualTo("subject-1");
	}

}
