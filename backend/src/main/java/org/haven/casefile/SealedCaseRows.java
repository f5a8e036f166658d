package org.haven.casefile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.crypto.SealedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every case row that grants access, checked against its seal at once: for auditors, so
 * that a forged row is found even when nobody tried to use it.
 */
@Component
class SealedCaseRows implements SealedRows {

	private final CaseSeals seals;

	private final JdbcTemplate jdbc;

	SealedCaseRows(CaseSeals seals, JdbcTemplate jdbc) {
		this.seals = seals;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Check> checkAll() {
		Tally links = new Tally(CaseSeals.LINK);
		this.jdbc.query("select id, code, person_code, assignment_generation, seal from case_file", row -> {
			links.count(this.seals.check(
					CaseSeals.link(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getLong(4)),
					row.getBytes(5), row.getString(2), row.getObject(1, UUID.class)));
		});
		Tally assignments = new Tally(CaseSeals.ASSIGNMENT);
		this.jdbc.query("""
				select w.case_id, w.account_id, w.is_primary, c.assignment_generation, w.seal, c.code
				from case_caseworker w join case_file c on c.id = w.case_id""", row -> {
			assignments
				.count(this.seals.check(
						CaseSeals.assignment(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
								row.getBoolean(3), row.getLong(4)),
						row.getBytes(5), row.getString(6), row.getObject(1, UUID.class)));
		});
		Tally grants = new Tally(CaseSeals.GRANT);
		this.jdbc.query("""
				select g.id, g.case_id, g.account_id, g.reason, g.granted_at, g.expires_at, g.seal, c.code
				from break_glass_grant g join case_file c on c.id = g.case_id""", row -> {
			grants.count(this.seals.check(
					CaseSeals.grant(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
							row.getObject(3, UUID.class), row.getString(4), row.getTimestamp(5).toInstant(),
							row.getTimestamp(6).toInstant()),
					row.getBytes(7), row.getString(8), row.getObject(2, UUID.class)));
		});
		return List.of(links.check(), assignments.check(), grants.check());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> sealsPerKeyVersion() {
		return SealedRows.countSeals(this.jdbc, "case_file", "case_caseworker", "break_glass_grant");
	}

}
