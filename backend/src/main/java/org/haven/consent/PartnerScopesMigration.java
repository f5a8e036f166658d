package org.haven.consent;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.api.migration.Context;
import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.KeyedMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration V0070: consent to share named its partner by name, as free text; it now names
 * it by its directory id. Every version whose scope is exactly the name of one partner of
 * the directory, and whose seal holds, is rewritten to that partner's id and sealed anew.
 * A scope matching no name, or the names of two partners, is left as written: it covers
 * no partner, and the caseworker records the consent again. A version whose seal fails is
 * never sealed anew, since that would bless a row written outside Haven.
 */
@Component
class PartnerScopesMigration extends KeyedMigration {

	PartnerScopesMigration(AuthorizationSeal seal) {
		super("0070", "consent to share names its partner by id", seal);
	}

	private record Version(UUID id, UUID caseId, String personCode, String scope, int version, LegalBasis legalBasis,
			LocalDate givenOn, LocalDate expiresOn, LocalDate withdrawnOn, byte[] seal) {

		AuthorizationSeal.Row row(String scope) {
			return ConsentEntry.row(this.id, this.caseId, this.personCode, ConsentPurpose.SHARE_WITH_PARTNER, scope,
					this.version, this.legalBasis, this.givenOn, this.expiresOn, this.withdrawnOn);
		}

	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		Map<String, UUID> partnerByName = new HashMap<>();
		jdbc.query("select name, min(cast(id as text)) from partner group by name having count(*) = 1", row -> {
			partnerByName.put(row.getString(1), UUID.fromString(row.getString(2)));
		});
		List<Version> versions = jdbc.query("""
				select id, case_id, person_code, scope, version, legal_basis, given_on, expires_on, withdrawn_on, seal
				from consent_record where purpose = 'SHARE_WITH_PARTNER'""",
				(row, number) -> new Version(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
						row.getString(3), row.getString(4), row.getInt(5), LegalBasis.valueOf(row.getString(6)),
						day(row.getDate(7)), day(row.getDate(8)), day(row.getDate(9)), row.getBytes(10)));
		for (Version version : versions) {
			UUID partner = partnerByName.get(version.scope());
			if (partner != null && this.seal.verifies(version.row(version.scope()), version.seal())) {
				String scope = PartnerScope.of(partner);
				jdbc.update("update consent_record set scope = ?, seal = ? where id = ?", scope,
						this.seal.seal(version.row(scope)), version.id());
			}
		}
	}

	private static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
