package org.haven.access;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Roles that must not meet in one account. An administrator, who manages accounts and
 * keys, works on no case: otherwise one person could give themselves access to anyone. An
 * auditor holds no other role, so that nobody checks the trail of their own work. A
 * supervisor may also be a caseworker (small organisations need it); that they never
 * decide on their own work is the case file's rule. The rule holds for accounts created
 * or changed in Haven, and for every sign-in, local or through the identity provider, so
 * that an account written before the rule, or roles given in Keycloak, get no further.
 */
final class RoleRules {

	private RoleRules() {
	}

	/** The first rule that the roles break, if any. */
	static Optional<Violation> violatedBy(Set<Role> roles) {
		if (roles.contains(Role.ADMIN) && (roles.contains(Role.CASEWORKER) || roles.contains(Role.SUPERVISOR))) {
			return Optional.of(Violation.ADMIN_WITH_CASE_ROLE);
		}
		if (roles.contains(Role.AUDITOR) && roles.size() > 1) {
			return Optional.of(Violation.AUDITOR_WITH_OTHER_ROLE);
		}
		return Optional.empty();
	}

	/** A broken rule, with the message key that explains it to an administrator. */
	enum Violation {

		ADMIN_WITH_CASE_ROLE("access.user.roles.admin-with-case-role"),

		AUDITOR_WITH_OTHER_ROLE("access.user.roles.auditor-with-other-role"),

		/** Nobody gives or takes their own roles, not even an administrator. */
		OWN_ROLES("access.user.roles.own-roles");

		private final String messageKey;

		Violation(String messageKey) {
			this.messageKey = messageKey;
		}

		/** As recorded in the audit trail: lower case with dashes. */
		String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
