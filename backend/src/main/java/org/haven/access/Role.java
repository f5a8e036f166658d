package org.haven.access;

import java.util.Locale;

import org.haven.shared.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a staff member does in Haven. A person may hold several. */
public enum Role {

	/**
	 * Records intake, assessments, assistance and follow-ups of the cases assigned to
	 * them.
	 */
	CASEWORKER(Roles.CASEWORKER),

	/**
	 * Assigns cases, approves closures, reads anonymised reports; never sees identities.
	 */
	SUPERVISOR(Roles.SUPERVISOR),

	/**
	 * Checks who accessed what, and that the access log is intact; sees no case content.
	 */
	AUDITOR(Roles.AUDITOR),

	/** Manages accounts, reference lists and keys; sees no case content. */
	ADMIN(Roles.ADMIN);

	private final String constant;

	Role(String constant) {
		this.constant = constant;
	}

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + this.constant);
	}

	/** The message key of this role's name, in the i18n bundles. */
	public String messageKey() {
		return "role." + name().toLowerCase(Locale.ROOT);
	}

}
