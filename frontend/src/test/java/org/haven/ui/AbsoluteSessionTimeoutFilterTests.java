package org.haven.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteSessionTimeoutFilterTests {

	static final Instant SIGN_IN = Instant.parse("2026-11-27T08:00:00Z");

	MockHttpSession session = signedInSession();

	@Test
	void a_session_eleven_hours_after_sign_in_goes_on() throws Exception {
		requestAt(SIGN_IN);
		requestAt(SIGN_IN.plus(Duration.ofHours(11)));
		assertThat(this.session.isInvalid()).isFalse();
	}

	@Test
	void a_session_twelve_hours_after_sign_in_ends_however_active_it_was() throws Exception {
		for (int hour = 0; hour < 12; hour++) {
			requestAt(SIGN_IN.plus(Duration.ofHours(hour)));
		}
		assertThat(this.session.isInvalid()).isFalse();
		requestAt(SIGN_IN.plus(Duration.ofHours(12)).plusSeconds(1));
		assertThat(this.session.isInvalid()).isTrue();
	}

	@Test
	void a_session_without_a_signed_in_user_is_left_alone() throws Exception {
		this.session = new MockHttpSession();
		requestAt(SIGN_IN);
		requestAt(SIGN_IN.plus(Duration.ofDays(2)));
		assertThat(this.session.isInvalid()).isFalse();
	}

	private void requestAt(Instant now) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(this.session);
		new AbsoluteSessionTimeoutFilter(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC)).doFilter(request,
				new MockHttpServletResponse(), new MockFilterChain());
	}

	private static MockHttpSession signedInSession() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl());
		return session;
	}

}
