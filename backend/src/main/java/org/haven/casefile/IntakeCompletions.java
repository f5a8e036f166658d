package org.haven.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which draft became which case. The first submission of a draft claims it; any other,
 * concurrent or later, waits for that one to commit and answers with its case, so that a
 * double click or a retry never makes a second case nor an error.
 */
@Component
class IntakeCompletions {

	private final JdbcTemplate jdbc;

	IntakeCompletions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the draft for the case about to be made, in the caller's transaction; false
	 * when another submission has claimed it and committed. A claim still uncommitted
	 * elsewhere makes this wait for its outcome.
	 */
	boolean claim(DraftId draft, CaseCode code, UUID caseworker, Instant now) {
		return this.jdbc.update("""
				insert into intake_completion (draft_id, case_code, completed_by, completed_at) values (?, ?, ?, ?)
				on conflict (draft_id) do nothing""", draft.id(), code.value(), caseworker, Timestamp.from(now)) == 1;
	}

	/** The case the draft became, when this caseworker completed it. */
	Optional<CaseCode> completedBy(DraftId draft, UUID caseworker) {
		List<String> codes = this.jdbc.queryForList(
				"select case_code from intake_completion where draft_id = ? and completed_by = ?", String.class,
				draft.id(), caseworker);
		return codes.stream().findFirst().map(CaseCode::new);
	}

	int forgetCompletedBefore(Instant cutOff) {
		return this.jdbc.update("delete from intake_completion where completed_at < ?", Timestamp.from(cutOff));
	}

}
