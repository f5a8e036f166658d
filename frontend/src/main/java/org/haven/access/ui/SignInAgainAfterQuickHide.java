package org.haven.access.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.haven.ui.QuickHide;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Quick hide ends Haven's session only: Keycloak's stays, and would sign the person
 * straight back in to whoever opens Haven next in that browser. After a quick hide the
 * sign-in therefore asks Keycloak for the password again ({@code prompt=login}).
 */
class SignInAgainAfterQuickHide implements OAuth2AuthorizationRequestResolver {

	private final OAuth2AuthorizationRequestResolver resolver;

	SignInAgainAfterQuickHide(OAuth2AuthorizationRequestResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return promptAfterQuickHide(request, this.resolver.resolve(request));
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		return promptAfterQuickHide(request, this.resolver.resolve(request, clientRegistrationId));
	}

	private static OAuth2AuthorizationRequest promptAfterQuickHide(HttpServletRequest request,
			OAuth2AuthorizationRequest authorization) {
		if (authorization == null || !QuickHide.wasUsed(request)) {
			return authorization;
		}
		return OAuth2AuthorizationRequest.from(authorization)
			.additionalParameters(parameters -> parameters.put("prompt", "login"))
			.build();
	}

}
