package org.haven.access.ui;

import org.haven.access.SignInRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakSignInRefusalTests {

	@ParameterizedTest
	@EnumSource(SignInRefusedException.Reason.class)
	void each_refusal_reaches_the_refusal_page_with_its_reason(SignInRefusedException.Reason reason) {
		OAuth2AuthenticationException refusal = new OAuth2AuthenticationException(
				new OAuth2Error(KeycloakSignIn.REFUSAL + reason.code()));

		assertThat(KeycloakSecurityConfiguration.reasonOf(refusal)).isEqualTo(reason.code());
	}

	@Test
	void any_other_failure_is_reported_as_a_failed_sign_in_without_details() {
		assertThat(KeycloakSecurityConfiguration
			.reasonOf(new OAuth2AuthenticationException(new OAuth2Error("invalid_state_parameter"))))
			.isEqualTo(SignInRefusedView.FAILED);
		assertThat(KeycloakSecurityConfiguration.reasonOf(new BadCredentialsException("x")))
			.isEqualTo(SignInRefusedView.FAILED);
		assertThat(KeycloakSecurityConfiguration
			.reasonOf(new OAuth2AuthenticationException(new OAuth2Error(KeycloakSignIn.REFUSAL + "<script>"))))
			.isEqualTo(SignInRefusedView.FAILED);
	}

}
