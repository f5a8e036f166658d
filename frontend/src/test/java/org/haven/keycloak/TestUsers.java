package org.haven.keycloak;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The people of the test realm. Each test signs in with a person of its own: Keycloak
 * refuses a one-time code that was already used, and locks a person after wrong
 * passwords.
 */
enum TestUsers {

	CASEWORKER("kc-carol", "Carol Keycloak", "caseworker"),

	SUPERVISOR("kc-sam", "Sam Keycloak", "supervisor"),

	AUDITOR("kc-aisha", "Aisha Keycloak", "auditor"),

	ADMIN("kc-adam", "Adam Keycloak", "admin"),

	SIGNS_OUT("kc-leaving", "Lena Leaving", "caseworker"),

	SESSION_ENDED("kc-ended", "Ed Ended", "caseworker"),

	DISABLED_IN_KEYCLOAK("kc-disabled", "Dee Disabled", "caseworker"),

	WRONG_PASSWORD("kc-typo", "Tim Typo", "caseworker"),

	LOCKED_OUT("kc-locked", "Lou Locked", "caseworker"),

	WITHOUT_ROLE("kc-visitor", "Vic Visitor"),

	WITHOUT_SECOND_FACTOR("kc-password-only", "Pat Password"),

	NOT_ENROLLED("kc-new", "Nia New", "caseworker"),

	/** Given realm roles that must not meet in one Haven account. */
	CONFLICTING_ROLES("kc-mixed", "Max Mixed", "admin", "caseworker"),

	/**
	 * Has the username of a local Haven account, which an administrator must link first.
	 */
	LOCAL_ACCOUNT("kc-local", "Lee Local", "caseworker");

	static final String PASSWORD = "keycloak-test-only-secret-7";

	final String username;

	final String name;

	final List<String> roles;

	TestUsers(String username, String name, String... roles) {
		this.username = username;
		this.name = name;
		this.roles = List.of(roles);
	}

	/** The secret of the user's authenticator app; Keycloak keeps the same. */
	String otpSecret() {
		return "otp-secret-of-" + this.username;
	}

	String currentCode() {
		return Totp.code(otpSecret(), Clock.systemUTC());
	}

	boolean hasAuthenticatorApp() {
		return this != NOT_ENROLLED;
	}

	static List<Map<String, Object>> asRealmImport() {
		List<Map<String, Object>> users = new ArrayList<>();
		for (TestUsers user : values()) {
			List<Map<String, Object>> credentials = new ArrayList<>();
			credentials.add(Map.of("type", "password", "value", PASSWORD, "temporary", false));
			if (user.hasAuthenticatorApp()) {
				credentials.add(Map.of("type", "otp", "userLabel", "test app", "secretData",
						"{\"value\":\"" + user.otpSecret() + "\"}", "credentialData",
						"{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}"));
			}
			String[] names = user.name.split(" ", 2);
			users.add(Map.of("username", user.username, "enabled", true, "email", user.username + "@haven.test",
					"emailVerified", true, "firstName", names[0], "lastName", names[1], "realmRoles", user.roles,
					"credentials", credentials));
		}
		return users;
	}

}
