package org.haven.consent;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.migration.Context;
import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.KeyedMigration;
import org.haven.platform.Days;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration V0048: every case made before the ledger existed had the person's consent to
 * record, or the intake would have made none; that consent becomes the first, sealed,
 * entry of its ledger, dated as the intake recorded it.
 */
@Component
class ConsentLedgerMigration extends KeyedMigration {

	ConsentLedgerMigration(AuthorizationSeal seal) {
		super("0048", "carry the intake's consent into the ledger", seal);
	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		List<ConsentEntry> carried = jdbc.query("""
				select id, person_code, consent_recorded_at, created_by from case_file c
				where consent_to_record and not exists (select 1 from consent_record r where r.case_id = c.id
				and r.purpose = 'INTERVIEW_AND_RECORDING')""", (row, number) -> {
			Timestamp recordedAt = row.getTimestamp(3);
			return ConsentEntry.given(row.getObject(1, UUID.class), row.getString(2), 1,
					ConsentFromIntake.atIntake(Days.of(recordedAt.toInstant())), ConsentSource.BEFORE_THE_LEDGER,
					row.getObject(4, UUID.class), recordedAt.toInstant());
		});
		jdbc.batchUpdate("""
				insert into consent_record (id, case_id, person_code, purpose, scope, version, legal_basis, given_by,
				child_assent, method, notice_version, notice_language, interpreter_used, informed_of, given_on,
				expires_on, source, recorded_by, recorded_at, seal)
				values (?, ?, ?, ?, '', 1, ?, ?, ?, ?, ?, null, false, ?, ?, null, ?, ?, ?, ?)""",
				carried.stream()
					.map(entry -> new Object[] { entry.id(), entry.caseId(), entry.personCode(), entry.purpose().name(),
							entry.legalBasis().name(), entry.givenBy().name(), entry.childAssent().name(),
							entry.method().name(), entry.noticeVersion(), entry.informedOfCodes(), entry.givenOn(),
							entry.source().name(), entry.recordedBy(), Timestamp.from(entry.recordedAt()),
							this.seal.seal(entry.row()) })
					.toList());
	}

}
