package org.haven.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.haven.person.PersonAccess;
import org.haven.person.PersonCode;
import org.haven.shared.AccessRefused;
import org.haven.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Need-to-know: a caseworker works on a case when assigned to it, or for the hour after a
 * break-glass opening. Anything else looks like no case at all, and the refusal is
 * recorded. Persons follow their cases: a caseworker may know of a person when they may
 * work on one of the person's cases. Only sealed rows count (see {@link CaseSeals}): a
 * case whose link to its person, an assignment or a grant that was written outside Haven
 * grants nothing, and is reported as an integrity finding.
 */
@Component
class CaseAccess implements PersonAccess {

	static final String CASE = "case";

	private static final String ACTIVE_GRANTS = """
			select id, reason, granted_at, expires_at, seal from break_glass_grant
			where case_id = ? and account_id = ? and expires_at > ?""";

	private final CaseFileRepository cases;

	private final CaseSeals seals;

	private final AccountDirectory accounts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseAccess(CaseFileRepository cases, CaseSeals seals, AccountDirectory accounts, JdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.seals = seals;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** The signed-in member of staff's account id. */
	UUID me() {
		return this.accounts.idOf(CurrentUser.username())
			.orElseThrow(() -> new IllegalStateException("The signed-in user has no account"));
	}

	/**
	 * The case, when the signed-in caseworker may work on it; otherwise "not found",
	 * recorded.
	 */
	CaseFile forWork(CaseCode code, String action) {
		Optional<CaseFile> found = this.cases.findByCode(code.value());
		if (found.isEmpty() || !CurrentUser.roles().contains(Role.CASEWORKER) || !mayWorkOn(found.get())) {
			throw refused(code, action);
		}
		return found.get();
	}

	/**
	 * The case, for a supervisor's decision; a missing one is recorded like a refusal. A
	 * case whose link to its person fails its seal counts as missing: a decision would
	 * seal it again.
	 */
	CaseFile forSupervision(CaseCode code, String action) {
		return this.cases.findByCode(code.value()).filter(this.seals::intact).orElseThrow(() -> refused(code, action));
	}

	/** A case to open by break-glass: one whose link to its person is Haven's own. */
	Optional<CaseFile> existing(CaseCode code) {
		return this.cases.findByCode(code.value()).filter(this.seals::intact);
	}

	boolean mayWorkOn(CaseFile file) {
		return mayWorkOn(file, me());
	}

	boolean mayWorkOn(CaseFile file, UUID account) {
		return this.seals.intact(file) && (isAssigned(file, account) || breakGlassUntil(file, account).isPresent());
	}

	/** Whether the case's link to its person carries its seal; a failure is reported. */
	boolean intact(CaseFile file) {
		return this.seals.intact(file);
	}

	/** Whether a sealed assignment gives the account the case. */
	boolean isAssigned(CaseFile file, UUID account) {
		return this.seals.isAssigned(file, account);
	}

	/** The assignments that carry their seal, primary first. */
	List<Assignment> assignments(CaseFile file) {
		return this.seals.assignments(file);
	}

	/** Until when the account's sealed, active break-glass grants on the case last. */
	Optional<Instant> breakGlassUntil(CaseFile file, UUID account) {
		return this.jdbc.query(ACTIVE_GRANTS, (row, number) -> {
			Instant expiresAt = row.getTimestamp(4).toInstant();
			boolean sealed = this.seals.check(CaseSeals.grant(row.getObject(1, UUID.class), file.id(), account,
					row.getString(2), row.getTimestamp(3).toInstant(), expiresAt), row.getBytes(5), file.codeValue(),
					file.id());
			return sealed ? expiresAt : null;
		}, file.id(), account, Timestamp.from(this.clock.instant()))
			.stream()
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
	}

	NotFoundException refused(CaseCode code, String action) {
		this.events.publishEvent(new AccessRefused(CASE + ":" + action, code));
		return new NotFoundException(CASE);
	}

	@Override
	public boolean permits(PersonCode person) {
		if (!CurrentUser.roles().contains(Role.CASEWORKER)) {
			return false;
		}
		UUID me = me();
		return this.cases.findByPersonCode(person.value()).stream().anyMatch(file -> mayWorkOn(file, me));
	}

}
