package org.haven.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.groups.Tuple;
import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

@IntegrationTest
class PartnerDirectoryTests {

	@Autowired
	PartnerDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void an_administrator_keeps_the_directory_and_caseworkers_read_it_filtered_by_service() {
		String name = "Riverside Clinic " + UUID.randomUUID();
		Partner clinic = TestSecurity.asAdministrator(() -> this.directory.add(clinic(name)));

		assertThat(TestSecurity.asCaseworker(() -> this.directory.offering("MEDICAL_CARE"))).extracting(Partner::name)
			.contains(name);
		assertThat(TestSecurity.asCaseworker(() -> this.directory.offering("LEGAL_ASSISTANCE")))
			.extracting(Partner::name)
			.doesNotContain(name);
		assertThat(TestSecurity.asCaseworker(() -> this.directory.partner(clinic.id()))).satisfies(read -> {
			assertThat(read.type()).isEqualTo(OrganisationType.HEALTH_SERVICE_ORGANISATION);
			assertThat(read.languages()).containsExactly("ro", "ru");
			assertThat(read.mayReceiveIdentityOn(LocalDate.now())).isTrue();
			assertThat(read.mayReceiveIdentityOn(LocalDate.now().plusYears(2))).as("after the agreement expires")
				.isFalse();
		});
		assertThat(this.jdbc.queryForList(
				"select reason from audit_event where action = 'PARTNER_ADDED' and subject_id = ?", String.class,
				clinic.id().toString()))
			.containsExactly("agreement live");
	}

	@Test
	void only_an_administrator_changes_the_directory_and_a_stale_version_is_a_conflict() {
		Partner clinic = TestSecurity.asAdministrator(() -> this.directory.add(clinic("Clinic " + UUID.randomUUID())));

		for (String role : List.of("CASEWORKER", "SUPERVISOR", "AUDITOR")) {
			assertThatThrownBy(() -> TestSecurity.as("someone", role, () -> this.directory.add(clinic("Another"))))
				.as(role)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> TestSecurity.as("sam", "SUPERVISOR", () -> this.directory.partners()))
			.isInstanceOf(AccessDeniedException.class);
		Partner changed = TestSecurity
			.asAdministrator(() -> this.directory.change(clinic.id(), clinic.version(), clinic("Renamed clinic")));
		assertThat(changed.name()).isEqualTo("Renamed clinic");
		assertThatThrownBy(() -> TestSecurity
			.asAdministrator(() -> this.directory.change(clinic.id(), clinic.version(), clinic("Stale"))))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void a_change_to_a_partner_shows_in_its_revisions_with_who_made_it() {
		Partner clinic = TestSecurity.asAdministrator(() -> this.directory.add(clinic("History clinic")));
		TestSecurity.asAdministrator(() -> this.directory.change(clinic.id(), clinic.version(), clinic("Renamed")));

		assertThat(this.jdbc.query(
				"select a.revtype, a.name, r.changed_by from partner_aud a join case_revision r on r.id = a.rev"
						+ " where a.id = ? order by a.rev",
				(row, number) -> tuple(row.getInt(1), row.getString(2), row.getString(3) != null), clinic.id()))
			.containsExactly(tuple(0, "History clinic", true), tuple(1, "Renamed", true));
	}

	@Test
	void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
		long before = count();
		NewPartner bad = new NewPartner(" ", null, "Moldova", "", List.of("Romanian"), Set.of("NOT_A_SERVICE"),
				Eligibility.EVERYONE, "",
				new DataSharingAgreement(LocalDate.now(), LocalDate.now().minusDays(1), "DSA-1"), null);

		assertThat(problemsOf(() -> this.directory.add(bad))).containsExactlyInAnyOrder(
				tuple("name", "validation.required"), tuple("type", "validation.required"),
				tuple("country", "partner.country.invalid"), tuple("services", "validation.invalid"),
				tuple("languages", "validation.invalid"), tuple("contactChannel", "validation.required"),
				tuple("agreementExpiresOn", "partner.agreement.expires-before-signed"));
		assertThat(count()).isEqualTo(before);
	}

	static NewPartner clinic(String name) {
		return new NewPartner(name, OrganisationType.HEALTH_SERVICE_ORGANISATION, "md", "Chisinau", List.of("ro", "ru"),
				Set.of("MEDICAL_CARE", "SEXUAL_REPRODUCTIVE_HEALTH"), Eligibility.EVERYONE, "+373 22 111 222",
				new DataSharingAgreement(LocalDate.now().minusDays(10), LocalDate.now().plusYears(1), "DSA-CLINIC-1"),
				null);
	}

	private long count() {
		Long count = this.jdbc.queryForObject("select count(*) from partner", Long.class);
		return count == null ? 0 : count;
	}

	private static List<Tuple> problemsOf(Supplier<Object> call) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> TestSecurity.asAdministrator(call));
		assertThat(refused).isNotNull();
		return refused.problems().stream().map(problem -> tuple(problem.field(), problem.messageKey())).toList();
	}

}
