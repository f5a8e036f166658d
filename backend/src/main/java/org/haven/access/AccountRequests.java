package org.haven.access;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.haven.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checks what an administrator asks of an account before {@link UserAccountService} does
 * it: a free, well-formed username; roles that may meet and are not the administrator's
 * own. Each problem is a message key for the form; each refusal of roles is also
 * announced ({@link RolesRefused}) before it rolls the change back, so that the audit
 * trail records it apart.
 */
@Component
class AccountRequests {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private final UserAccountRepository accounts;

	private final ApplicationEventPublisher events;

	AccountRequests(UserAccountRepository accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	/** The username as it will be kept, in lower case. */
	String checkNewUsername(Problems problems, String typed) {
		String username = problems.text("username", typed, 64, true).toLowerCase(Locale.ROOT);
		if (!problems.hasProblemWith("username")) {
			if (!USERNAME.matcher(username).matches()) {
				problems.add("username", "access.user.username.invalid");
			}
			else if (this.accounts.existsByUsername(username)) {
				problems.add("username", "access.user.username.taken");
			}
		}
		return username;
	}

	/** {@code account} is null for an account being created. */
	void refuseRolesThatMustNotMeet(Problems problems, UUID account, Set<Role> roles) {
		RoleRules.violatedBy(roles).ifPresent(violation -> refuseRoles(problems, account, roles, violation));
	}

	void refuseRoles(Problems problems, UUID account, Set<Role> roles, RoleRules.Violation violation) {
		problems.add("roles", violation.messageKey());
		this.events.publishEvent(new RolesRefused(account, roles, violation.code()));
	}

}
