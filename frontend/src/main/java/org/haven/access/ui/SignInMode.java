package org.haven.access.ui;

/**
 * How staff sign in: against Haven's own accounts, the default, or through Keycloak with
 * the {@code keycloak} profile. Never both.
 */
enum SignInMode {

	/** Haven checks passwords itself: the sign-in form, password changes and resets. */
	LOCAL,

	/**
	 * Keycloak checks who signs in, with a second factor; Haven keeps no password and
	 * takes usernames, names and roles from Keycloak.
	 */
	KEYCLOAK;

	/** Whether passwords, and the roles given here, are Haven's to manage. */
	boolean accountsManagedInHaven() {
		return this == LOCAL;
	}

}
