package org.haven.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.person.ErasureReason;
import org.springframework.stereotype.Component;

/**
 * What a caseworker sees of a case they work on: its parts, its sealed assignments with
 * the caseworkers' usernames (looked up at once), until when their break-glass access
 * lasts if they are not assigned, and whether an erasure waits. No identity, no notes.
 */
@Component
class CaseDetailsAssembly {

	private final CaseAccess access;

	private final BreakGlassGrants grants;

	private final ErasureRequests erasures;

	private final AccountDirectory accounts;

	private final Clock clock;

	CaseDetailsAssembly(CaseAccess access, BreakGlassGrants grants, ErasureRequests erasures, AccountDirectory accounts,
			Clock clock) {
		this.access = access;
		this.grants = grants;
		this.erasures = erasures;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The case as {@code reader} sees it. */
	CaseDetails of(CaseFile file, UUID reader) {
		List<Assignment> assignments = this.access.assignments(file);
		Map<UUID, String> names = this.accounts.usernamesOf(assignments.stream().map(Assignment::accountId).toList());
		List<Caseworker> caseworkers = assignments.stream()
			.map(assignment -> new Caseworker(assignment.accountId(), names.getOrDefault(assignment.accountId(), "?"),
					assignment.primary()))
			.toList();
		Instant breakGlassUntil = this.access.isAssigned(file, reader) ? null
				: this.grants.activeUntil(file, reader, this.clock.instant()).orElse(null);
		ErasureReason erasureRequested = this.erasures.waitingFor(file.person())
			.map(ErasureRequests.Waiting::reason)
			.orElse(null);
		return new CaseDetails(file.code(), file.person(), file.status(), file.opening().consentToRecord(),
				file.answers().situation(), file.answers().needs(), file.answers().nonPunishment(), caseworkers,
				file.answers().nextFollowUpOn(), file.closure(), breakGlassUntil, erasureRequested,
				file.opening().createdAt(), file.opening().referredIn(), file.updatedAt(), file.version());
	}

}
