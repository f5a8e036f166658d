package org.haven.access.ui;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.haven.access.ExternalIdentity;
import org.haven.access.IdentityProviderAccounts;
import org.haven.access.Role;
import org.haven.access.SignInRefusedException;
import org.haven.access.UserSummary;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person Keycloak has authenticated into a Haven user: refuses a sign-in
 * without a second factor when Haven requires one, maps the realm roles
 * ({@code realm_access.roles} in the ID token) onto Haven's four roles, and creates or
 * updates their account by the token's subject (refusing roles that must not meet, and a
 * username whose account is not tied to this person). A refusal carries only its reason,
 * and is audited.
 */
class KeycloakSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** Prefix of the OAuth2 error codes of Haven's refusals. */
	static final String REFUSAL = "haven_refused_";

	private final OAuth2UserService<OidcUserRequest, OidcUser> keycloak;

	private final IdentityProviderAccounts accounts;

	private final boolean requireSecondFactor;

	private final SecondFactor secondFactor;

	KeycloakSignIn(IdentityProviderAccounts accounts, boolean requireSecondFactor, SecondFactor secondFactor) {
		this(new OidcUserService(), accounts, requireSecondFactor, secondFactor);
	}

	KeycloakSignIn(OAuth2UserService<OidcUserRequest, OidcUser> keycloak, IdentityProviderAccounts accounts,
			boolean requireSecondFactor, SecondFactor secondFactor) {
		this.keycloak = keycloak;
		this.accounts = accounts;
		this.requireSecondFactor = requireSecondFactor;
		this.secondFactor = secondFactor;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser person = this.keycloak.loadUser(request);
		OidcIdToken token = person.getIdToken();
		if (this.requireSecondFactor && !this.secondFactor.presentIn(token)) {
			throw refusal(
					this.accounts.refusedBeforeTheAccount(SignInRefusedException.Reason.NO_SECOND_FACTOR).reason());
		}
		UserSummary account;
		try {
			account = this.accounts.signIn(new ExternalIdentity(token.getSubject(),
					token.getClaimAsString(StandardClaimNames.PREFERRED_USERNAME),
					token.getClaimAsString(StandardClaimNames.NAME), havenRoles(token)));
		}
		catch (SignInRefusedException refused) {
			throw refusal(refused.reason());
		}
		return new HavenOidcUser(account, token, person);
	}

	/**
	 * Haven's roles among the realm roles; realm roles of other applications are ignored.
	 */
	static Set<Role> havenRoles(OidcIdToken token) {
		Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
			for (Object name : names) {
				for (Role role : Role.values()) {
					if (role.name().toLowerCase(Locale.ROOT).equals(name)) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}

	private static OAuth2AuthenticationException refusal(SignInRefusedException.Reason reason) {
		return new OAuth2AuthenticationException(new OAuth2Error(REFUSAL + reason.code()));
	}

	/**
	 * The signed-in person as Spring Security sees them: named by their Haven username,
	 * with Haven's role authorities.
	 */
	static final class HavenOidcUser extends DefaultOidcUser {

		private final String username;

		HavenOidcUser(UserSummary account, OidcIdToken token, OidcUser person) {
			super(account.roles().stream().map(Role::authority).toList(), token, person.getUserInfo());
			this.username = account.username();
		}

		@Override
		public String getName() {
			return this.username;
		}

		@Override
		public boolean equals(Object other) {
			return super.equals(other) && other instanceof HavenOidcUser user && this.username.equals(user.username);
		}

		@Override
		public int hashCode() {
			return super.hashCode() * 31 + this.username.hashCode();
		}

	}

}
