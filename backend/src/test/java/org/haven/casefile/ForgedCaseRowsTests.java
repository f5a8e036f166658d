package org.haven.casefile;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.SqlAttacker;
import org.haven.TestSecurity;
import org.haven.access.AccountDirectory;
import org.haven.organisation.TeamFixtures;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.TestIdentities;
import org.haven.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone holding the application role's credentials writes the rows that grant access to
 * identity directly in SQL: links a case to another person, adds an assignment or a
 * break-glass grant, puts back an assignment a supervisor removed. None of it gives
 * access, and each is recorded as an integrity finding.
 */
@IntegrationTest
class ForgedCaseRowsTests {

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	PersonService persons;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	SqlAttacker tampering;

	@Autowired
	TeamFixtures teams;

	@Test
	void a_case_linked_to_another_person_in_sql_shows_nobody_through_it_and_is_reported() {
		CaseCode carols = this.fixtures.takenInBy("carol",
				TestIdentities.identity("Amina", "Bello", LocalDate.of(1994, 2, 3), "+234 803 555 0101", null));
		CaseCode chens = this.fixtures.takenInBy("chen",
				TestIdentities.identity("Grace", "Okafor", LocalDate.of(1990, 7, 8), "+234 803 555 0102", "A01234567"));
		PersonCode carolsPerson = personOf(carols);
		PersonCode chensPerson = personOf(chens);
		long before = this.tampering.lastAuditSeq();

		this.tampering.sql("update case_file set person_code = ? where code = ?", chensPerson.value(), carols.value());
		try {
			assertThatThrownBy(() -> carol(() -> this.cases.revealIdentity(carols)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> carol(() -> this.persons.revealIdentity(chensPerson)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> carol(() -> this.cases.open(carols))).isInstanceOf(NotFoundException.class);
			assertThat(carol(() -> this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(500)).getContent()))
				.extracting(CaseSummary::code)
				.doesNotContain(carols);
			long version = (Long) this.tampering.row("select version from case_file where code = ?", carols.value())
				.get("version");
			assertThatThrownBy(() -> supervisor(() -> this.supervision.assign(carols, version, carolsId(), Set.of())))
				.isInstanceOf(NotFoundException.class);
			assertThat(this.tampering.findingsSince(before, "case-person-link", carols.value())).isPositive();
		}
		finally {
			this.tampering.sql("update case_file set person_code = ? where code = ?", carolsPerson.value(),
					carols.value());
		}
		assertThat(carol(() -> this.cases.revealIdentity(carols)).givenNames()).isEqualTo("Amina");
	}

	@Test
	void a_case_moved_to_another_team_in_sql_is_held_by_no_supervisor_and_worked_on_by_nobody_and_is_reported() {
		CaseCode carols = this.fixtures.takenInBy("carol",
				TestIdentities.identity("Halima", "Garba", LocalDate.of(1991, 9, 4), "+234 803 555 0108", null));
		long before = this.tampering.lastAuditSeq();

		this.tampering.sql("update case_file set team_id = ? where code = ?", this.teams.fieldTeam(), carols.value());
		try {
			assertThatThrownBy(() -> supervisor(() -> this.supervision.overview(carols)))
				.isInstanceOf(NotFoundException.class);
			assertThat(supervisor(() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.ofSize(500))
				.getContent()
				.stream()
				.map(CaseOverview::code)
				.toList())).doesNotContain(carols);
			assertThatThrownBy(() -> carol(() -> this.cases.open(carols))).isInstanceOf(NotFoundException.class);
			assertThat(this.tampering.findingsSince(before, "case-team", carols.value())).isPositive();
		}
		finally {
			this.tampering.sql("update case_file set team_id = ? where code = ?", this.teams.mainTeam(),
					carols.value());
		}
		assertThat(supervisor(() -> this.supervision.overview(carols)).team()).isEqualTo(this.teams.mainTeam());
	}

	@Test
	void an_assignment_added_in_sql_gives_no_access_and_no_place_in_my_cases() {
		CaseCode chens = this.fixtures.takenInBy("chen",
				TestIdentities.identity("Hauwa", "Musa", LocalDate.of(1998, 1, 9), "+234 803 555 0103", null));
		UUID caseId = caseId(chens);
		long before = this.tampering.lastAuditSeq();

		this.tampering.insertCopy("case_caseworker", Map.of("account_id", carolsId(), "is_primary", false),
				"case_id = ?", caseId);
		try {
			assertThatThrownBy(() -> carol(() -> this.cases.open(chens))).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> carol(() -> this.persons.revealIdentity(personOf(chens))))
				.isInstanceOf(NotFoundException.class);
			assertThat(carol(() -> this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(500)).getContent()))
				.extracting(CaseSummary::code)
				.doesNotContain(chens);
			assertThat(supervisor(() -> this.supervision.overview(chens)).caseworkers())
				.extracting(Caseworker::accountId)
				.doesNotContain(carolsId());
			assertThat(this.tampering.findingsSince(before, "case-assignment", chens.value())).isPositive();
		}
		finally {
			this.tampering.sql("delete from case_caseworker where case_id = ? and account_id = ?", caseId, carolsId());
		}
	}

	@Test
	void a_break_glass_grant_written_in_sql_gives_no_access() {
		CaseCode chens = this.fixtures.takenInBy("chen",
				TestIdentities.identity("Ngozi", "Adebayo", LocalDate.of(1996, 5, 6), "+234 803 555 0104", null));
		CaseCode elsewhere = this.fixtures.takenInBy("chen",
				TestIdentities.identity("Zainab", "Lawal", LocalDate.of(1997, 4, 5), "+234 803 555 0105", null));
		carol(() -> this.cases.breakGlass(elsewhere, BreakGlassReason.COVERING_ABSENCE, ""));
		long before = this.tampering.lastAuditSeq();

		UUID forged = UUID.randomUUID();
		this.tampering.insertCopy("break_glass_grant", Map.of("id", forged, "case_id", caseId(chens)),
				"case_id = ? and account_id = ?", caseId(elsewhere), carolsId());
		try {
			assertThatThrownBy(() -> carol(() -> this.cases.open(chens))).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> carol(() -> this.cases.revealIdentity(chens)))
				.isInstanceOf(NotFoundException.class);
			assertThat(this.tampering.findingsSince(before, "break-glass-grant", chens.value())).isPositive();
			assertThat(carol(() -> this.cases.open(elsewhere)).breakGlassUntil()).isNotNull();
		}
		finally {
			// the application's role may not delete grants; the schema owner removes the
			// forgery
			this.tampering.asDatabaseAdministrator().update("delete from haven.break_glass_grant where id = ?", forged);
		}
	}

	@Test
	void an_assignment_a_supervisor_removed_cannot_be_put_back_with_its_old_seal() {
		CaseCode code = this.fixtures.takenInBy("carol",
				TestIdentities.identity("Fatima", "Sani", LocalDate.of(1993, 3, 4), "+234 803 555 0106", null));
		UUID caseId = caseId(code);
		Map<String, Object> removed = this.tampering.row("select * from case_caseworker where case_id = ?", caseId);
		UUID chen = this.accounts.idOf("chen").orElseThrow();
		this.fixtures.memberOfTheTeamOf(code, "chen");
		supervisor(() -> this.supervision.assign(code, supervisor(() -> this.supervision.overview(code)).version(),
				chen, Set.of()));
		assertThatThrownBy(() -> carol(() -> this.cases.open(code))).isInstanceOf(NotFoundException.class);
		long before = this.tampering.lastAuditSeq();

		this.tampering.insertRow("case_caseworker", removed);
		try {
			assertThatThrownBy(() -> carol(() -> this.cases.open(code))).isInstanceOf(NotFoundException.class);
			assertThat(carol(() -> this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(500)).getContent()))
				.extracting(CaseSummary::code)
				.doesNotContain(code);
			assertThat(this.tampering.findingsSince(before, "case-assignment", code.value())).isPositive();
			assertThat(TestSecurity.as("chen", "CASEWORKER", () -> this.cases.open(code)).code()).isEqualTo(code);
		}
		finally {
			this.tampering.sql("delete from case_caseworker where case_id = ? and account_id = ?", caseId,
					removed.get("account_id"));
		}
	}

	@Test
	void an_assignment_a_database_administrator_wrote_without_a_seal_is_never_sealed_by_a_later_edit() {
		CaseCode chens = this.fixtures.takenInBy("chen",
				TestIdentities.identity("Yaa", "Asantewaa", LocalDate.of(1999, 2, 1), "+234 803 555 0107", null));
		UUID caseId = caseId(chens);
		this.tampering.asDatabaseAdministrator()
			.execute("ALTER TABLE haven.case_caseworker ALTER COLUMN seal DROP NOT NULL");
		this.tampering.asDatabaseAdministrator()
			.update("insert into haven.case_caseworker (case_id, account_id, is_primary) values (?, ?, false)", caseId,
					carolsId());
		try {
			TestSecurity.as("chen", "CASEWORKER", () -> {
				long version = this.cases.open(chens).version();
				return this.cases.changeNeeds(chens, version, Needs.NOT_ASKED);
			});

			assertThat(this.tampering
				.row("select seal from case_caseworker where case_id = ? and account_id = ?", caseId, carolsId())
				.get("seal")).isNull();
			assertThatThrownBy(() -> carol(() -> this.cases.open(chens))).isInstanceOf(NotFoundException.class);
		}
		finally {
			this.tampering.asDatabaseAdministrator()
				.update("delete from haven.case_caseworker where case_id = ? and account_id = ?", caseId, carolsId());
			this.tampering.asDatabaseAdministrator()
				.execute("ALTER TABLE haven.case_caseworker ALTER COLUMN seal SET NOT NULL");
		}
	}

	private PersonCode personOf(CaseCode code) {
		return new PersonCode(
				(String) this.tampering.row("select person_code from case_file where code = ?", code.value())
					.get("person_code"));
	}

	private UUID caseId(CaseCode code) {
		return (UUID) this.tampering.row("select id from case_file where code = ?", code.value()).get("id");
	}

	private UUID carolsId() {
		return this.accounts.idOf("carol").orElseThrow();
	}

	private static <T> T carol(Supplier<T> action) {
		return TestSecurity.as("carol", "CASEWORKER", action);
	}

	private static <T> T supervisor(Supplier<T> action) {
		return TestSecurity.as("sam", "SUPERVISOR", action);
	}

}
