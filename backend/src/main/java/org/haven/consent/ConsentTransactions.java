package org.haven.consent;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database transaction wrote each version of a case's consent: PostgreSQL's
 * {@code xmin} of the row, kept as written, since the ledger's rows never change.
 */
@Component
class ConsentTransactions {

	private static final String OF_CASE = """
			select id, cast(cast(xmin as text) as bigint) as written_in from consent_record where case_id = ?""";

	private final JdbcTemplate jdbc;

	ConsentTransactions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The transaction of every version of the case's consent, by the version's id. */
	Map<UUID, Long> ofCase(UUID caseId) {
		Map<UUID, Long> found = new HashMap<>();
		this.jdbc.query(OF_CASE, row -> {
			found.put(row.getObject("id", UUID.class), row.getLong("written_in"));
		}, caseId);
		return found;
	}

}
