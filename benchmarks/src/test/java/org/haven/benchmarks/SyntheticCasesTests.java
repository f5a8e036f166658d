package org.haven.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.haven.BenchmarkApplication;
import org.haven.audit.BenchmarkChain;
import org.haven.assessment.Administration;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assistance.CarePlans;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ServiceStatus;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseSummary;
import org.haven.person.Identity;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.reporting.Cell;
import org.haven.reporting.Report;
import org.haven.reporting.ReportKind;
import org.haven.reporting.ReportPeriod;
import org.haven.reporting.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated cases read as the application's own: listed, opened, revealed, searched,
 * edited, counted in reports and verified in the audit chain, through Haven's services
 * under the production access rules.
 */
class SyntheticCasesTests {

	static final int CASES = 250;

	static ConfigurableApplicationContext context;

	static SyntheticCases.Filled filled;

	@BeforeAll
	static void generate() throws Exception {
		context = BenchmarkApplication.start();
		filled = new SyntheticCases(context, CASES).fill();
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void the_caseworker_lists_her_generated_cases_and_reveals_each_identity() {
		CaseService cases = context.getBean(CaseService.class);
		List<CaseSummary> mine = as("carol", "CASEWORKER",
				() -> cases.myCases(CaseQuery.all(), PageRequest.of(0, 50)).getContent());

		assertThat(mine).hasSize((CASES + SyntheticCases.CASEWORKER_EVERY - 1) / SyntheticCases.CASEWORKER_EVERY);
		for (CaseSummary summary : mine) {
			Identity identity = as("carol", "CASEWORKER", () -> cases.revealIdentity(summary.code()));
			assertThat(identity.familyNames()).startsWith("Surname");
			assertThat(identity.documentNumber()).startsWith("X");
			assertThat(identity.phoneNumbers()).singleElement().asString().startsWith("+33 6");
		}
	}

	@Test
	void a_generated_person_is_found_through_the_blind_index_by_family_name() {
		PersonService persons = context.getBean(PersonService.class);
		// case 0 is carol's, and no other of hers shares its family name
		List<PersonSummary> found = as("carol", "CASEWORKER",
				() -> persons.search(new IdentitySearch(SyntheticCases.familyNameOf(0, CASES), null, null, null)));

		assertThat(found).hasSize(1);
	}

	@Test
	void the_other_caseworker_opens_and_edits_a_generated_case() {
		CaseService cases = context.getBean(CaseService.class);
		CaseSummary first = as("chen", "CASEWORKER",
				() -> cases.myCases(CaseQuery.all(), PageRequest.of(0, 1)).getContent().getFirst());
		CaseDetails opened = as("chen", "CASEWORKER", () -> cases.open(first.code()));

		CaseDetails edited = as("chen", "CASEWORKER",
				() -> cases.scheduleFollowUp(first.code(), opened.version(), LocalDate.now().plusDays(3)));

		assertThat(edited.version()).isEqualTo(opened.version() + 1);
	}

	@Test
	void a_generated_case_tells_its_situation_and_needs() {
		CaseService cases = context.getBean(CaseService.class);
		CaseSummary first = as("chen", "CASEWORKER",
				() -> cases.myCases(CaseQuery.all(), PageRequest.of(0, 1)).getContent().getFirst());
		CaseDetails opened = as("chen", "CASEWORKER", () -> cases.open(first.code()));

		assertThat(opened.situation().exploitationForms().codes()).isNotEmpty();
		assertThat(opened.needs().immediateNeeds().codes()).isNotEmpty();
	}

	@Test
	void the_caseworker_reads_the_care_plan_of_a_generated_case_with_its_outcomes_decrypted() {
		CarePlans plans = context.getBean(CarePlans.class);
		List<PlannedService> services = as("carol", "CASEWORKER", () -> {
			CaseService cases = context.getBean(CaseService.class);
			return cases.myCases(CaseQuery.all(), PageRequest.of(0, 50))
				.getContent()
				.stream()
				.flatMap(summary -> plans.plan(summary.code()).stream())
				.flatMap(need -> need.goals().stream())
				.peek(goal -> assertThat(goal.description()).isEqualTo("Invented for the benchmarks"))
				.flatMap(goal -> goal.services().stream())
				.toList();
		});

		assertThat(services).isNotEmpty();
		assertThat(services).filteredOn(service -> service.status() == ServiceStatus.DELIVERED)
			.isNotEmpty()
			.allSatisfy(service -> assertThat(service.outcome()).isEqualTo("Invented for the benchmarks"));
	}

	@Test
	void the_caseworker_reads_the_baselines_and_endlines_of_generated_cases() {
		Assessments assessments = context.getBean(Assessments.class);
		List<Administration> recorded = as("chen", "CASEWORKER", () -> {
			CaseService cases = context.getBean(CaseService.class);
			return cases.myCases(CaseQuery.all(), PageRequest.of(0, 100))
				.getContent()
				.stream()
				.flatMap(summary -> assessments.administrations(summary.code()).stream())
				.toList();
		});

		assertThat(recorded).extracting(Administration::kind)
			.contains(AdministrationKind.BASELINE, AdministrationKind.ENDLINE);
		assertThat(recorded).allSatisfy(administration -> assertThat(administration.answers()).isNotEmpty());
	}

	@ParameterizedTest
	@EnumSource(value = ReportKind.class, names = { "EXPLOITATION", "MEANS_OF_CONTROL", "SECTORS", "SERVICES" })
	void the_supervisor_counts_the_generated_persons_under_more_than_one_code(ReportKind kind) {
		assertThat(overTheLastTwoYears(kind).tables().getFirst().rows()).hasSizeGreaterThan(1);
	}

	@Test
	void the_supervisor_counts_every_generated_person_with_consent_to_statistics() {
		assertThat(overTheLastTwoYears(ReportKind.PERSONS_ASSISTED).tables().getFirst().total())
			.isEqualTo(new Cell.Shown(CASES));
	}

	private static Report overTheLastTwoYears(ReportKind kind) {
		Reports reports = context.getBean(Reports.class);
		return as("sam", "SUPERVISOR",
				() -> reports.read(kind, new ReportPeriod(LocalDate.now().minusYears(2), LocalDate.now())));
	}

	@Test
	void the_audit_chain_links_and_verifies_every_generated_event() {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

		// each intake's four, and a consent, goals and services where a care plan
		// followed
		assertThat(filled.auditEvents())
			.isEqualTo(jdbc.queryForObject("select count(*) from audit_event where action in "
					+ "('PERSON_REGISTERED', 'CONSENT_RECORDED', 'CASE_CREATED', 'GOAL_ADDED', 'SERVICE_ADDED',"
					+ " 'SERVICE_UPDATED', 'ASSESSMENT_RECORDED')", Long.class));
		assertThat(
				jdbc.queryForObject("select count(*) from audit_event where action = 'CONSENT_RECORDED'", Long.class))
			.isEqualTo(jdbc.queryForObject("select count(*) from consent_record", Long.class));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_CREATED'", Long.class))
			.isEqualTo(CASES);
		// the other tests' reads may still wait for the sealer; the intakes' events may
		// not
		assertThat(jdbc.queryForObject("select count(*) from audit_event e where e.action in "
				+ "('PERSON_REGISTERED', 'CONSENT_RECORDED', 'CASE_CREATED', 'GOAL_ADDED', 'SERVICE_ADDED',"
				+ " 'SERVICE_UPDATED', 'ASSESSMENT_RECORDED') and not exists "
				+ "(select 1 from audit_chain c where c.event_seq = e.seq)", Long.class))
			.isZero();
		assertThat(BenchmarkChain.verify(context)).isTrue();
	}

	private static <T> T as(String username, String role, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		return work.get();
	}

}
