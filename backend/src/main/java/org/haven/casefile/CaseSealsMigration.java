package org.haven.casefile;

import java.util.List;
import java.util.UUID;

import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.SealingMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Migration V0040: seals the case rows stored before Haven sealed them (links to persons,
 * assignments, break-glass grants).
 */
@Component
class CaseSealsMigration extends SealingMigration {

	CaseSealsMigration(AuthorizationSeal seal) {
		super("0040", "seal case rows", seal, "case_file", "case_caseworker", "break_glass_grant");
	}

	@Override
	protected void sealExistingRows(JdbcTemplate jdbc) {
		List<Object[]> links = jdbc.query(
				"select id, code, person_code, assignment_generation from case_file where seal is null",
				(row, number) -> new Object[] { this.seal.seal(CaseSeals.link(row.getObject(1, UUID.class),
						row.getString(2), row.getString(3), row.getLong(4))), row.getObject(1, UUID.class) });
		jdbc.batchUpdate("update case_file set seal = ? where id = ?", links);

		List<Object[]> assignments = jdbc.query("""
				select w.case_id, w.account_id, w.is_primary, c.assignment_generation
				from case_caseworker w join case_file c on c.id = w.case_id where w.seal is null""",
				(row, number) -> new Object[] {
						this.seal.seal(CaseSeals.assignment(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
								row.getBoolean(3), row.getLong(4))),
						row.getObject(1, UUID.class), row.getObject(2, UUID.class) });
		jdbc.batchUpdate("update case_caseworker set seal = ? where case_id = ? and account_id = ?", assignments);

		List<Object[]> grants = jdbc.query(
				"select id, case_id, account_id, reason, granted_at, expires_at from break_glass_grant where seal is null",
				(row, number) -> new Object[] { this.seal.seal(CaseSeals.grant(row.getObject(1, UUID.class),
						row.getObject(2, UUID.class), row.getObject(3, UUID.class), row.getString(4),
						row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant())),
						row.getObject(1, UUID.class) });
		jdbc.batchUpdate("update break_glass_grant set seal = ? where id = ?", grants);
	}

}
