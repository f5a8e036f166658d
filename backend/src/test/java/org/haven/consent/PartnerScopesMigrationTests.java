package org.haven.consent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.haven.AsSchemaOwner;
import org.haven.IntegrationTest;
import org.haven.SqlAttacker;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseWork;
import org.haven.crypto.AuthorizationSeal;
import org.haven.partner.Partner;
import org.haven.person.TestIdentities;
import org.haven.referral.ReferralFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade of consent to share written before it named partners by id (migration
 * V0070): a version whose scope is exactly one partner's name, and whose seal holds, now
 * names that partner by its id and still permits the sharing; a forged one is not
 * blessed.
 */
@IntegrationTest
class PartnerScopesMigrationTests {

	@Autowired
	PartnerScopesMigration migration;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	ReferralFixtures partners;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	ConsentCheck check;

	@Autowired
	CaseWork cases;

	@Autowired
	AuthorizationSeal seal;

	@Autowired
	SqlAttacker attacker;

	@Autowired
	TestClock clock;

	DataSource ownerDataSource;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.ownerDataSource = ownerDataSource;
	}

	@Test
	void consent_naming_a_partner_by_its_exact_name_names_it_by_id_and_still_permits_the_sharing() throws Exception {
		String name = "Scopes shelter " + UUID.randomUUID().toString().substring(0, 8);
		Partner shelter = this.partners.shelterWithAgreement(name);
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Scopes", "Migration"));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
		ConsentRecord given = TestSecurity.as("carol", "CASEWORKER", () -> this.ledger.record(code, 0,
				TestConsents.givenBySelf(ConsentPurpose.SHARE_WITH_PARTNER, PartnerScope.of(shelter.id()), today)));
		writtenAsBefore(given.id(), name);
		UUID forged = UUID.randomUUID();
		this.attacker.insertCopy("consent_record", Map.of("id", forged, "version", 2), "id = ?", given.id());
		assertThat(stateFor(code, PartnerScope.of(shelter.id()))).isEqualTo(ConsentState.MISSING);

		AsSchemaOwner.migrate(this.migration, this.ownerDataSource);

		assertThat(stateFor(code, PartnerScope.of(shelter.id()))).isEqualTo(ConsentState.LIVE);
		assertThat(this.attacker.row("select scope from consent_record where id = ?", forged).get("scope"))
			.as("a forged version is not sealed anew")
			.isEqualTo(name);
	}

	/** As consent to share was stored before: the partner's name, sealed with it. */
	private void writtenAsBefore(UUID id, String name) {
		JdbcTemplate owner = this.attacker.asDatabaseAdministrator();
		Map<String, Object> row = this.attacker
			.row("select case_id, person_code, version, given_on from consent_record where id = ?", id);
		byte[] sealed = this.seal.seal(ConsentEntry.row(id, (UUID) row.get("case_id"), (String) row.get("person_code"),
				ConsentPurpose.SHARE_WITH_PARTNER, name, (Integer) row.get("version"), LegalBasis.CONSENT,
				((java.sql.Date) row.get("given_on")).toLocalDate(), null, null));
		owner.update("update haven.consent_record set scope = ?, seal = ? where id = ?", name, sealed, id);
	}

	private ConsentState stateFor(CaseCode code, String scope) {
		return TestSecurity.as("carol", "CASEWORKER", () -> this.check.stateFor(this.cases.forReading(code, "test"),
				ConsentPurpose.SHARE_WITH_PARTNER, scope));
	}

}
