package org.haven.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.person.PersonCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queries of the retention review: persons with a case closed before the retention
 * period whom no erasure request waits for nor erased, and which cases a supervisor's
 * decision keeps on a day. Both on this module's own tables only.
 */
@Component
class RetentionCandidates {

	private final NamedParameterJdbcTemplate jdbc;

	RetentionCandidates(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * Persons with a case closed before {@code closedBefore}, not erased, and for whom no
	 * erasure request waits.
	 */
	List<PersonCode> personsWithCasesClosedBefore(Instant closedBefore) {
		return this.jdbc
			.queryForList("""
					select distinct c.person_code from case_file c
					where c.status = 'CLOSED' and c.closed_at < :closedBefore
					  and not exists (select 1 from erasure_request r where r.person_code = c.person_code
					                  and (r.decision is null or r.decision = 'APPROVED'))
					order by c.person_code""", new MapSqlParameterSource("closedBefore", Timestamp.from(closedBefore)),
					String.class)
			.stream()
			.map(PersonCode::new)
			.toList();
	}

	/** Which of these cases a supervisor's decision keeps on {@code day}. */
	Set<UUID> keptOn(Collection<UUID> cases, LocalDate day) {
		if (cases.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("""
				select case_id from erasure_request
				where decision = 'KEPT' and case_id in (:cases) and keep_until >= :day""",
				new MapSqlParameterSource("cases", cases).addValue("day", day), UUID.class));
	}

}
