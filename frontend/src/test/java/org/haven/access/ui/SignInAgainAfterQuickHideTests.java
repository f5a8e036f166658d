package org.haven.access.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.ui.QuickHide;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAgainAfterQuickHideTests {

	final SignInAgainAfterQuickHide resolver = new SignInAgainAfterQuickHide(new OAuth2AuthorizationRequestResolver() {

		@Override
		public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
			return resolve(request, "keycloak");
		}

		@Override
		public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
			return OAuth2AuthorizationRequest.authorizationCode()
				.authorizationUri("https://keycloak.example/auth")
				.clientId("haven")
				.redirectUri("https://haven.example/login/oauth2/code/keycloak")
				.state("state")
				.build();
		}

	});

	@Test
	void after_a_quick_hide_keycloak_asks_for_the_password_again() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie(QuickHide.SIGN_IN_AGAIN_COOKIE, "1"));

		assertThat(this.resolver.resolve(request).getAdditionalParameters()).containsEntry("prompt", "login");
		assertThat(this.resolver.resolve(request, "keycloak").getAuthorizationRequestUri()).contains("prompt=login");
	}

	@Test
	void otherwise_keycloak_may_sign_the_person_in_with_its_own_session() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie("JSESSIONID", "x"));

		assertThat(this.resolver.resolve(request).getAdditionalParameters()).doesNotContainKey("prompt");
	}

	@Test
	void a_request_that_is_no_sign_in_stays_none() {
		SignInAgainAfterQuickHide none = new SignInAgainAfterQuickHide(new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				return null;
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
				return null;
			}

		});
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie(QuickHide.SIGN_IN_AGAIN_COOKIE, "1"));

		assertThat(none.resolve(request)).isNull();
	}

}
