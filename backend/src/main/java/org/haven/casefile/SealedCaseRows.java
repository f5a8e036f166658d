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

	private final BreakGlassGrants grants;

	private final JdbcTemplate jdbc;

	SealedCaseRows(CaseSeals seals, BreakGlassGrants grants, JdbcTemplate jdbc) {
		this.seals = seals;
		this.grants = grants;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Check> checkAll() {
		Tally links = new Tally(CaseSeals.LINK);
		Tally teams = new Tally(CaseSeals.TEAM);
		this.jdbc.query("select id, code, person_code, assignment_generation, seal, team_id, team_seal from case_file",
				row -> {
					UUID id = row.getObject(1, UUID.class);
					links.count(this.seals.check(CaseSeals.link(id, row.getString(2), row.getString(3), row.getLong(4)),
							row.getBytes(5), row.getString(2), id));
					teams.count(this.seals.check(
							CaseSeals.team(id, row.getString(2), row.getObject(6, UUID.class), row.getLong(4)),
							row.getBytes(7), row.getString(2), id));
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
		return List.of(links.check(), teams.check(), assignments.check(), this.grants.checkAllSeals());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> sealsPerKeyVersion() {
		return SealedRows.countSeals(this.jdbc, "case_file", "(select team_seal as seal from case_file) case_teams",
				"case_caseworker", "break_glass_grant");
	}

}
