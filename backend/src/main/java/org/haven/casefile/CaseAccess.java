package org.haven.casefile;

import java.sql.Timestamp;
import java.time.Clock;
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
 * work on one of the person's cases.
 */
@Component
class CaseAccess implements PersonAccess {

	static final String CASE = "case";

	private static final String ACTIVE_GRANT = """
			select exists (select 1 from break_glass_grant
			               where case_id = ? and account_id = ? and expires_at > ?)""";

	private static final String PERSON_REACHABLE = """
			select exists (select 1 from case_file c
			               where c.person_code = ?
			                 and (exists (select 1 from case_caseworker w where w.case_id = c.id and w.account_id = ?)
			                      or exists (select 1 from break_glass_grant g
			                                 where g.case_id = c.id and g.account_id = ? and g.expires_at > ?)))""";

	private final CaseFileRepository cases;

	private final AccountDirectory accounts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseAccess(CaseFileRepository cases, AccountDirectory accounts, JdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.cases = cases;
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
	 * The case, for a supervisor's decision; a missing one is recorded like a refusal.
	 */
	CaseFile forSupervision(CaseCode code, String action) {
		return this.cases.findByCode(code.value()).orElseThrow(() -> refused(code, action));
	}

	Optional<CaseFile> existing(CaseCode code) {
		return this.cases.findByCode(code.value());
	}

	boolean mayWorkOn(CaseFile file) {
		return mayWorkOn(file, me());
	}

	boolean mayWorkOn(CaseFile file, UUID account) {
		return file.isAssigned(account) || hasActiveGrant(file.id(), account);
	}

	private boolean hasActiveGrant(UUID caseId, UUID account) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(ACTIVE_GRANT, Boolean.class, caseId, account,
				Timestamp.from(this.clock.instant())));
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
		return Boolean.TRUE.equals(this.jdbc.queryForObject(PERSON_REACHABLE, Boolean.class, person.value(), me, me,
				Timestamp.from(this.clock.instant())));
	}

}
