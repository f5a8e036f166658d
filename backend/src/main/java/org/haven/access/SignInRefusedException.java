package org.haven.access;

import java.util.Locale;

/**
 * A person the identity provider, or their password, authenticated may still not use
 * Haven. The reason is all this carries: no name, no username, no subject.
 */
public class SignInRefusedException extends RuntimeException {

	private final Reason reason;

	public SignInRefusedException(Reason reason) {
		super("Sign-in refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a sign-in was refused; each has a text for the person it happened to. */
	public enum Reason {

		/** The identity provider grants none of Haven's four roles. */
		NO_ROLE,

		/** The sign-in did not use a second factor, which Haven requires. */
		NO_SECOND_FACTOR,

		/** An administrator disabled the Haven account. */
		DISABLED,

		/**
		 * The username belongs to another person's Haven account: an administrator must
		 * sort it out.
		 */
		USERNAME_TAKEN,

		/** The identity provider sent no usable subject or username. */
		INCOMPLETE_IDENTITY,

		/**
		 * The account holds roles that must not meet (see {@link RoleRules}): an
		 * administrator must change them first.
		 */
		CONFLICTING_ROLES,

		/**
		 * A local account has the username, but is not yet tied to this person of the
		 * identity provider: an administrator must link it first.
		 */
		LINK_REQUIRED,

		/**
		 * The Haven account that the sign-in leads to was changed outside Haven: its link
		 * to the person fails its seal.
		 */
		INTEGRITY_CHECK_FAILED;

		/** The reason as it appears in an address: lower case with dashes. */
		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** The message key of the text that explains this reason. */
		public String messageKey() {
			return "signin.refused." + code();
		}

	}

}
