package org.haven.organisation;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which teams' cases the signed-in user's reports count: a supervisor's supervised teams,
 * and every team of the office or of the organisation their report scope reaches. A
 * report scope gives no case access: the case lists ask {@link Teams#supervisedBy}
 * instead. Nobody else's reports count anything.
 */
@Component
@Transactional(readOnly = true)
public class ReportScopes {

	private final ReportScopeEntries scopes;

	private final Teams teams;

	private final AccountDirectory accounts;

	ReportScopes(ReportScopeEntries scopes, Teams teams, AccountDirectory accounts) {
		this.scopes = scopes;
		this.teams = teams;
		this.accounts = accounts;
	}

	/** The teams the signed-in user's reports count; none for anyone but a supervisor. */
	public Set<UUID> teamsOfSignedInUser() {
		if (!CurrentUser.roles().contains(Role.SUPERVISOR)) {
			return Set.of();
		}
		return this.accounts.signedInId().map(this::teamsOf).orElse(Set.of());
	}

	/**
	 * Whether the signed-in supervisor's report scope is the whole organisation: what
	 * covers every team at once (the de-identified research export) is theirs to release.
	 */
	public boolean signedInUserReachesTheOrganisation() {
		if (!CurrentUser.roles().contains(Role.SUPERVISOR)) {
			return false;
		}
		return this.accounts.signedInId()
			.flatMap(this.scopes::findById)
			.map(ReportScopeEntry::toScope)
			.map(scope -> scope.reach() == ReportReach.ORGANISATION)
			.orElse(false);
	}

	Set<UUID> teamsOf(UUID account) {
		Set<UUID> counted = new HashSet<>(this.teams.supervisedBy(account));
		this.scopes.findById(account).map(ReportScopeEntry::toScope).ifPresent(scope -> {
			switch (scope.reach()) {
				case ORGANISATION -> counted.addAll(this.teams.allIds());
				case OFFICE -> counted.addAll(this.teams.ofOffice(scope.office()));
			}
		});
		return Set.copyOf(counted);
	}

}
