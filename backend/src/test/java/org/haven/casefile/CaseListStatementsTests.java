package org.haven.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.StatementCounter;
import org.haven.TestSecurity;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a case list costs a bounded number of SQL statements, whatever the page and
 * however many rows it shows: no statement per row, for the caseworker's list (found by
 * name, which decrypts every candidate's identity) as for the supervisor's lists of cases
 * and of break-glass openings.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListStatementsTests {

	/**
	 * Statements a page may cost, with 10 rows as with 50, and with one caseworker on the
	 * page as with many: their usernames are read in one statement, without their roles;
	 * the teams whose persons' profiles a supervisor may see are read once per page.
	 */
	static final int BOUND = 13;

	static final int CASES = 50;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	UserAccountService accounts;

	String caseworker;

	String family;

	@BeforeAll
	void fifty_cases_of_one_family_name_for_a_caseworker_of_their_own_among_a_colleagues() {
		this.caseworker = "lister-" + TestIdentities.letters();
		this.family = "Lister" + TestIdentities.letters();
		String colleague = "lister-colleague-" + TestIdentities.letters();
		for (String account : List.of(this.caseworker, colleague)) {
			TestSecurity.asAdministrator(() -> this.accounts
				.createAccount(new NewUserAccount(account, "Lister", Set.of(Role.CASEWORKER), "tall-river-stone-42")));
		}
		for (int i = 0; i < CASES; i++) {
			CaseCode code = this.fixtures.takenInBy(this.caseworker, TestIdentities.identity(
					"Given" + TestIdentities.letters(), this.family, LocalDate.of(1990, 1, 1).plusDays(i), null, null));
			this.fixtures.breakGlass("chen", code);
			if (i % 5 == 0) {
				// the supervisor's pages name several caseworkers
				this.fixtures.takenInBy(colleague, TestIdentities.named("Given" + TestIdentities.letters(),
						"Colleague" + TestIdentities.letters()));
			}
		}
	}

	@Test
	void a_page_of_the_caseworkers_cases_found_by_name_costs_the_same_few_statements_for_10_rows_as_for_50() {
		CaseQuery byName = new CaseQuery(CaseQuery.SearchBy.NAME, this.family, Set.of(), false);

		assertThat(caseworkersPage(byName, 0, CASES).result()).hasSize(CASES);
		for (int size : List.of(10, CASES)) {
			everyPage(CASES, size, page -> caseworkersPage(byName, page, size));
		}
	}

	@Test
	void a_page_of_all_the_caseworkers_cases_costs_the_same_few_statements_for_10_rows_as_for_50() {
		for (int size : List.of(10, CASES)) {
			everyPage(CASES, size, page -> caseworkersPage(CaseQuery.all(), page, size));
		}
	}

	@Test
	void the_caseworkers_pages_hold_each_of_their_cases_once_most_recently_changed_first_with_the_total() {
		List<CaseSummary> paged = new ArrayList<>();
		for (int page = 0; page * 20 < CASES; page++) {
			int index = page;
			Page<CaseSummary> found = TestSecurity.as(this.caseworker, "CASEWORKER",
					() -> this.cases.myCases(CaseQuery.all(), PageRequest.of(index, 20)));
			assertThat(found.getTotalElements()).isEqualTo(CASES);
			paged.addAll(found.getContent());
		}

		assertThat(paged).extracting(CaseSummary::code).doesNotHaveDuplicates().hasSize(CASES);
		assertThat(paged).extracting(CaseSummary::updatedAt)
			.isSortedAccordingTo(Comparator.<Instant>naturalOrder().reversed());
		assertThat(TestSecurity.as(this.caseworker, "CASEWORKER",
				() -> this.cases.myCases(CaseQuery.all(), PageRequest.of(0, CASES)).getContent()))
			.isEqualTo(paged);
	}

	@Test
	void a_full_page_of_a_search_counts_in_its_total_only_the_cases_the_search_finds() {
		CaseCode one = caseworkersPage(CaseQuery.all(), 0, 1).result().getFirst().code();
		CaseQuery byCode = new CaseQuery(CaseQuery.SearchBy.CASE_CODE, one.value(), Set.of(), false);

		Page<CaseSummary> found = TestSecurity.as(this.caseworker, "CASEWORKER",
				() -> this.cases.myCases(byCode, PageRequest.of(0, 1)));

		assertThat(found.getContent()).extracting(CaseSummary::code).containsExactly(one);
		assertThat(found.getTotalElements()).isEqualTo(1);
	}

	@Test
	void a_page_of_the_supervisors_cases_costs_the_same_few_statements_for_10_rows_as_for_50() {
		int total = (int) supervisor(() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.ofSize(1)))
			.getTotalElements();
		assertThat(total).isGreaterThanOrEqualTo(CASES);
		for (int size : List.of(10, CASES)) {
			everyPage(total, size, page -> supervisorsPage(page, size));
		}
	}

	@Test
	void a_page_of_the_break_glass_openings_costs_the_same_few_statements_for_10_rows_as_for_50() {
		int total = (int) supervisor(() -> this.supervision.breakGlassOpenings(PageRequest.ofSize(1)))
			.getTotalElements();
		assertThat(total).isGreaterThanOrEqualTo(CASES);
		for (int size : List.of(10, CASES)) {
			everyPage(total, size, page -> supervisor(() -> StatementCounter
				.count(() -> this.supervision.breakGlassOpenings(PageRequest.of(page, size)).getContent())));
		}
	}

	/** The first, a middle and the last page each cost at most {@link #BOUND}. */
	private static void everyPage(int total, int size, IntFunction<StatementCounter.Counted<? extends List<?>>> page) {
		int last = (total - 1) / size;
		for (int index : List.of(0, last / 2, last)) {
			StatementCounter.Counted<? extends List<?>> counted = page.apply(index);
			assertThat(counted.result()).as("page %d of %d rows", index, size).isNotEmpty();
			assertThat(counted.statements()).as("statements for page %d of %d rows", index, size)
				.isLessThanOrEqualTo(BOUND);
		}
	}

	/** A page of the caseworker's list: its rows and how many in all, in one call. */
	private StatementCounter.Counted<List<CaseSummary>> caseworkersPage(CaseQuery query, int page, int size) {
		return TestSecurity.as(this.caseworker, "CASEWORKER",
				() -> StatementCounter.count(() -> this.cases.myCases(query, PageRequest.of(page, size)).getContent()));
	}

	private StatementCounter.Counted<List<CaseOverview>> supervisorsPage(int page, int size) {
		return supervisor(() -> StatementCounter
			.count(() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.of(page, size)).getContent()));
	}

	private static <T> T supervisor(Supplier<T> step) {
		return TestSecurity.as(CaseFixtures.SUPERVISOR, "SUPERVISOR", step);
	}

}
