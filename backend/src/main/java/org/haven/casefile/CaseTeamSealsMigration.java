package org.haven.casefile;

import java.util.List;
import java.util.UUID;

import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.SealingMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Migration V0083: seals the team of every case stored before Haven sealed it (decision
 * 0044), bound to the case's assignment generation as its link to the person is.
 */
@Component
class CaseTeamSealsMigration extends SealingMigration {

	CaseTeamSealsMigration(AuthorizationSeal seal) {
		super("0083", "seal case teams", seal, "case_file");
	}

	@Override
	protected String sealColumn() {
		return "team_seal";
	}

	@Override
	protected void sealExistingRows(JdbcTemplate jdbc) {
		List<Object[]> teams = jdbc.query(
				"select id, code, team_id, assignment_generation from case_file where team_seal is null",
				(row, number) -> new Object[] { this.seal.seal(CaseSeals.team(row.getObject(1, UUID.class),
						row.getString(2), row.getObject(3, UUID.class), row.getLong(4))),
						row.getObject(1, UUID.class) });
		jdbc.batchUpdate("update case_file set team_seal = ? where id = ?", teams);
	}

}
