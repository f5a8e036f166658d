package org.haven.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.haven.casefile.WorkedCase;
import org.haven.crypto.AuthorizationSeal;
import org.haven.platform.Days;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every module asks before it uses a case's data for a purpose. The answer is the
 * latest version of the consent for that purpose (and, for sharing, that organisation) as
 * it stands today; a version whose seal fails counts as none, and is reported. The caller
 * has already looked the case up by its need-to-know ({@code CaseWork}). Not read-only: a
 * failed seal is recorded as it is found.
 */
@Component
public class ConsentCheck {

	/** How many cases one query asks about. */
	private static final int BATCH = 10_000;

	private final ConsentEntries entries;

	private final AuthorizationSeal seal;

	private final Clock clock;

	ConsentCheck(ConsentEntries entries, AuthorizationSeal seal, Clock clock) {
		this.entries = entries;
		this.seal = seal;
		this.clock = clock;
	}

	/**
	 * Returns quietly when the data may be used for the purpose today; throws
	 * {@link ConsentRequired}, saying why, when not.
	 */
	@Transactional
	public void requireFor(WorkedCase worked, ConsentPurpose purpose, String scope) {
		ConsentState state = stateFor(worked, purpose, scope);
		if (state != ConsentState.LIVE) {
			throw new ConsentRequired(purpose, state);
		}
	}

	/**
	 * Throws {@link ConsentRequired} when the person has withdrawn their consent for the
	 * purpose or it has ended; consent never asked for does not refuse.
	 */
	@Transactional
	public void refuseIfWithdrawnOrEnded(WorkedCase worked, ConsentPurpose purpose, String scope) {
		ConsentState state = stateFor(worked, purpose, scope);
		if (state == ConsentState.WITHDRAWN || state == ConsentState.EXPIRED) {
			throw new ConsentRequired(purpose, state);
		}
	}

	/** Whether the data may be used for the purpose today, and if not, why not. */
	@Transactional
	public ConsentState stateFor(WorkedCase worked, ConsentPurpose purpose, String scope) {
		return latest(worked, purpose, scope)
			.map(entry -> ConsentState.of(entry.givenOn(), entry.expiresOn(), entry.withdrawnOn(),
					Days.today(this.clock)))
			.orElse(ConsentState.MISSING);
	}

	/**
	 * Every version of every purpose's consent of the case whose seal holds, oldest
	 * first; one that fails is left out, and reported.
	 */
	List<ConsentEntry> sealedVersions(WorkedCase worked) {
		return this.entries.findByCaseIdOrderByRecordedAtAscVersionAsc(worked.id())
			.stream()
			.filter(entry -> this.seal.check(entry.row(), entry.seal(), worked.code()))
			.toList();
	}

	/**
	 * Of these cases, those whose consent for a purpose without scope (statistics,
	 * research) is live today: for anonymised reports. A latest version whose seal fails
	 * counts as none, and is reported.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> liveAmong(Map<UUID, CaseCode> cases, ConsentPurpose purpose) {
		LocalDate today = Days.today(this.clock);
		Set<UUID> live = new HashSet<>();
		List<UUID> ids = List.copyOf(cases.keySet());
		for (int from = 0; from < ids.size(); from += BATCH) {
			Map<UUID, LiveConsentRow> latest = new HashMap<>();
			for (LiveConsentRow entry : this.entries.versions(ids.subList(from, Math.min(ids.size(), from + BATCH)),
					purpose, ConsentEntry.scopeOf(""))) {
				latest.merge(entry.caseId(), entry, (one, other) -> one.version() >= other.version() ? one : other);
			}
			latest.values()
				.stream()
				.filter(entry -> ConsentState.of(entry.givenOn(), entry.expiresOn(), entry.withdrawnOn(),
						today) == ConsentState.LIVE)
				.filter(entry -> this.seal.check(entry.row(), entry.seal(), cases.get(entry.caseId())))
				.forEach(entry -> live.add(entry.caseId()));
		}
		return live;
	}

	/**
	 * The latest version for the purpose whose seal holds; one that fails is reported.
	 */
	Optional<ConsentEntry> latest(WorkedCase worked, ConsentPurpose purpose, String scope) {
		return this.entries
			.findFirstByCaseIdAndPurposeAndScopeOrderByVersionDesc(worked.id(), purpose, ConsentEntry.scopeOf(scope))
			.filter(entry -> this.seal.check(entry.row(), entry.seal(), worked.code()));
	}

}
