package org.haven.access;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right, and Haven still refuses the sign-in, for a reason the person
 * may be told, since they have proven who they are: roles that must not meet. Thrown only
 * after the password check, so that it tells nobody else anything about the account.
 */
public class PasswordSignInRefusedException extends AccountStatusException {

	private final SignInRefusedException.Reason reason;

	PasswordSignInRefusedException(SignInRefusedException.Reason reason) {
		super("Sign-in refused: " + reason);
		this.reason = reason;
	}

	public SignInRefusedException.Reason reason() {
		return this.reason;
	}

}
