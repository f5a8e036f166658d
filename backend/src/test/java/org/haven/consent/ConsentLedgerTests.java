package org.haven.consent;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.groups.Tuple;
import org.haven.IntegrationTest;
import org.haven.SqlAttacker;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.partner.Partner;
import org.haven.person.TestIdentities;
import org.haven.referral.ReferralFixtures;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

@IntegrationTest
class ConsentLedgerTests {

	static final String CAROL = "carol";

	@Autowired
	ConsentLedger ledger;

	@Autowired
	ConsentCheck check;

	@Autowired
	CaseWork cases;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	SqlAttacker attacker;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReferralFixtures partners;

	CaseCode code;

	/** Consent to share names the partner by its directory id. */
	String shelter;

	LocalDate today;

	@BeforeEach
	void aCaseOfCarols() {
		this.code = this.fixtures.takenInBy(CAROL, TestIdentities.named("Consent", "Ledger"));
		this.today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
		this.shelter = PartnerScope.of(this.partners.shelterWithAgreement("Consent ledger shelter").id());
	}

	@Test
	void the_intakes_consent_to_record_is_the_first_entry_of_the_ledger() {
		List<ConsentRecord> ledger = asCarol(() -> this.ledger.ledger(this.code));

		assertThat(ledger).singleElement().satisfies(first -> {
			assertThat(first.purpose()).isEqualTo(ConsentPurpose.INTERVIEW_AND_RECORDING);
			assertThat(first.version()).isEqualTo(1);
			assertThat(first.source()).isEqualTo(ConsentSource.INTAKE);
			assertThat(first.givenBy()).isEqualTo(ConsentGiver.SELF);
			assertThat(first.informedOf()).contains(InformedOf.HOW_TO_WITHDRAW);
			assertThat(first.recordedBy()).isEqualTo(CAROL);
			assertThat(first.stateOn(this.today)).isEqualTo(ConsentState.LIVE);
		});
	}

	@Test
	void sharing_with_a_partner_is_refused_without_consent_and_allowed_with_live_consent_for_that_partner_only() {
		assertThat(refusalOfSharingWith(this.shelter)).isEqualTo(ConsentState.MISSING);

		asCarol(() -> this.ledger.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.SHARE_WITH_PARTNER, this.shelter, this.today)));

		assertThat(refusalOfSharingWith(this.shelter)).isNull();
		assertThat(refusalOfSharingWith(PartnerScope.of(UUID.randomUUID()))).isEqualTo(ConsentState.MISSING);
	}

	@Test
	void consent_to_share_names_a_partner_of_the_directory_and_a_scope_naming_none_is_refused_on_its_field() {
		Partner renamed = this.partners.shelterWithAgreement("Harbour house");

		assertThat(asCarol(() -> this.ledger.partnersToShareWith())).contains(
				new SharingPartner(renamed.id(), "Harbour house"),
				new SharingPartner(UUID.fromString(this.shelter), "Consent ledger shelter"));
		assertThat(problemsOf(TestConsents.givenBySelf(ConsentPurpose.SHARE_WITH_PARTNER, "Harbour House", this.today)))
			.containsExactly(tuple("scope", "consent.scope.unknown-partner"));
		assertThat(problemsOf(TestConsents.givenBySelf(ConsentPurpose.SHARE_WITH_PARTNER,
				PartnerScope.of(UUID.randomUUID()), this.today)))
			.containsExactly(tuple("scope", "consent.scope.unknown-partner"));

		ConsentRecord recorded = asCarol(() -> this.ledger.record(this.code, 0, TestConsents
			.givenBySelf(ConsentPurpose.SHARE_WITH_PARTNER, PartnerScope.of(renamed.id()), this.today)));

		assertThat(recorded.scope()).isEqualTo(renamed.id().toString());
		assertThat(recorded.partnerName()).isEqualTo("Harbour house");
		assertThat(refusalOfSharingWith(PartnerScope.of(renamed.id()))).isNull();
	}

	@Test
	void withdrawn_consent_refuses_the_use_at_once_and_every_version_stays_in_the_ledger() {
		asCarol(() -> this.ledger.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.SHARE_WITH_PARTNER, this.shelter, this.today)));

		ConsentRecord withdrawn = asCarol(() -> this.ledger.withdraw(this.code, ConsentPurpose.SHARE_WITH_PARTNER,
				this.shelter, 1, this.today, "She no longer wants the shelter to know"));

		assertThat(withdrawn.version()).isEqualTo(2);
		assertThat(refusalOfSharingWith(this.shelter)).isEqualTo(ConsentState.WITHDRAWN);
		assertThat(asCarol(() -> this.ledger.ledger(this.code)))
			.filteredOn(record -> record.purpose() == ConsentPurpose.SHARE_WITH_PARTNER)
			.extracting(ConsentRecord::version, ConsentRecord::withdrawnOn, ConsentRecord::withdrawalReason)
			.containsExactly(tuple(1, null, null), tuple(2, this.today, "She no longer wants the shelter to know"));
	}

	@Test
	void expired_consent_refuses_the_use_once_its_day_has_passed() {
		asCarol(() -> this.ledger.record(this.code, 0, TestConsents.givenUntil(ConsentPurpose.SHARE_WITH_PARTNER,
				this.shelter, this.today, this.today.plusDays(30))));

		assertThat(refusalOfSharingWith(this.shelter)).isNull();
		assertThat(this.clock.after(Duration.ofDays(32), () -> refusalOfSharingWith(this.shelter)))
			.isEqualTo(ConsentState.EXPIRED);
	}

	@Test
	void a_legal_basis_other_than_consent_permits_the_use_and_cannot_be_withdrawn() {
		asCarol(() -> this.ledger.record(this.code, 0, new NewConsent(ConsentPurpose.SHARE_WITH_AUTHORITIES, "",
				LegalBasis.LEGAL_OBLIGATION, null, null, null, null, null, false, null, this.today, null)));

		assertThat(asCarol(() -> stateOf(ConsentPurpose.SHARE_WITH_AUTHORITIES, ""))).isEqualTo(ConsentState.LIVE);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> asCarol(
				() -> this.ledger.withdraw(this.code, ConsentPurpose.SHARE_WITH_AUTHORITIES, "", 1, this.today, null)));
		assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("withdrawnOn", "consent.withdraw.not-consent"));
	}

	@Test
	void bad_dates_and_missing_answers_are_refused_field_by_field_and_nothing_is_recorded() {
		NewConsent backwards = TestConsents.givenUntil(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today,
				this.today.minusDays(1));
		NewConsent nobodyAsked = new NewConsent(ConsentPurpose.SHARE_WITH_PARTNER, " ", LegalBasis.CONSENT, null, null,
				null, "", "english", false, null, this.today.plusDays(1), null);

		assertThat(problemsOf(backwards)).containsExactly(tuple("expiresOn", "consent.expires-on.before-given"));
		assertThat(problemsOf(nobodyAsked)).containsExactlyInAnyOrder(tuple("scope", "validation.required"),
				tuple("givenBy", "validation.required"), tuple("childAssent", "validation.required"),
				tuple("method", "validation.required"), tuple("noticeVersion", "validation.required"),
				tuple("noticeLanguage", "validation.required"), tuple("informedOf", "consent.informed-of.required"),
				tuple("givenOn", "consent.date.future"));
		assertThat(asCarol(() -> this.ledger.ledger(this.code))).hasSize(1);
	}

	@Test
	void a_withdrawal_needs_a_day_not_before_the_consent_was_given() {
		asCarol(() -> this.ledger.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));

		assertThat(withdrawalProblems(null)).containsExactly(tuple("withdrawnOn", "consent.withdrawn-on.required"));
		assertThat(withdrawalProblems(this.today.minusDays(1)))
			.containsExactly(tuple("withdrawnOn", "consent.withdrawn-on.before-given"));
		assertThat(asCarol(() -> stateOf(ConsentPurpose.FOLLOW_UP_CONTACT, ""))).isEqualTo(ConsentState.LIVE);
	}

	@Test
	void consent_recorded_for_a_purpose_twice_at_once_is_a_conflict_for_the_second() {
		asCarol(() -> this.ledger.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));

		assertThatThrownBy(() -> asCarol(() -> this.ledger.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today))))
			.isInstanceOf(ConflictException.class);
		assertThat(asCarol(() -> this.ledger.record(this.code, 1,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)))
			.version()).as("a renewal on the version seen").isEqualTo(2);
	}

	@Test
	void need_to_know_as_for_the_case_break_glass_reads_and_nobody_else_sees_the_ledger() {
		assertThatThrownBy(() -> TestSecurity.as("chen", "CASEWORKER", () -> this.ledger.ledger(this.code)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TestSecurity.as("sam", "SUPERVISOR", () -> this.ledger.ledger(this.code)))
			.isInstanceOf(AccessDeniedException.class);

		this.fixtures.breakGlass("chen", this.code);

		assertThat(TestSecurity.as("chen", "CASEWORKER", () -> this.ledger.ledger(this.code))).isNotEmpty();
		assertThatThrownBy(() -> TestSecurity.as("chen", "CASEWORKER",
				() -> this.ledger.record(this.code, 0,
						TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void every_read_and_change_is_in_the_audit_trail_and_the_reason_is_stored_only_encrypted() {
		long before = this.attacker.lastAuditSeq();
		asCarol(() -> this.ledger.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));
		asCarol(() -> this.ledger.withdraw(this.code, ConsentPurpose.FOLLOW_UP_CONTACT, "", 1, this.today,
				"CANARY-WITHDRAWAL-7731"));
		asCarol(() -> this.ledger.ledger(this.code));

		assertThat(this.jdbc.queryForList(
				"select action || ' ' || fields || ' ' || coalesce(reason, '') from audit_event"
						+ " where seq > ? and subject_id = ? and action like 'CONSENT_%' order by seq",
				String.class, before, this.code.value()))
			.containsExactly("CONSENT_RECORDED consent:FOLLOW_UP_CONTACT version 1",
					"CONSENT_WITHDRAWN consent:FOLLOW_UP_CONTACT version 2 from " + this.today,
					"CONSENT_LEDGER_READ consent ");
		assertThat(this.jdbc.queryForList("select encode(withdrawal_reason, 'escape') from consent_record"
				+ " where withdrawal_reason is not null", String.class))
			.noneMatch(raw -> raw.contains("CANARY"));
	}

	@Test
	void the_database_refuses_to_change_or_delete_a_version() {
		assertThatThrownBy(() -> this.attacker.sql("update consent_record set withdrawn_on = null")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.attacker.sql("delete from consent_record")).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void a_consent_row_written_outside_haven_permits_nothing_and_is_reported() {
		asCarol(() -> this.ledger.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.SHARE_WITH_PARTNER, this.shelter, this.today)));
		UUID caseId = asCarol(() -> worked().id());
		long before = this.attacker.lastAuditSeq();

		// a copy for another organisation, with the seal of the first
		String forged = PartnerScope.of(UUID.randomUUID());
		this.attacker.insertCopy("consent_record", Map.of("id", UUID.randomUUID(), "scope", forged),
				"case_id = ? and scope = ?", caseId, this.shelter);

		assertThat(refusalOfSharingWith(forged)).isEqualTo(ConsentState.MISSING);
		assertThat(this.attacker.findingsSince(before, ConsentEntry.SEAL_KIND, this.code.value())).isEqualTo(1);
	}

	private ConsentState refusalOfSharingWith(String partner) {
		try {
			asCarol(() -> {
				this.check.requireFor(worked(), ConsentPurpose.SHARE_WITH_PARTNER, partner);
				return null;
			});
			return null;
		}
		catch (ConsentRequired refused) {
			assertThat(refused.problems()).extracting(Problem::messageKey)
				.containsExactly(refused.state().refusalKey());
			return refused.state();
		}
	}

	private ConsentState stateOf(ConsentPurpose purpose, String scope) {
		return this.check.stateFor(worked(), purpose, scope);
	}

	private WorkedCase worked() {
		return this.cases.forReading(this.code, "test");
	}

	private List<Tuple> problemsOf(NewConsent consent) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.ledger.record(this.code, 0, consent)));
		return refused.problems().stream().map(problem -> tuple(problem.field(), problem.messageKey())).toList();
	}

	private List<Tuple> withdrawalProblems(LocalDate on) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> asCarol(
				() -> this.ledger.withdraw(this.code, ConsentPurpose.FOLLOW_UP_CONTACT, "", 1, on, null)));
		return refused.problems().stream().map(problem -> tuple(problem.field(), problem.messageKey())).toList();
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(CAROL, "CASEWORKER", action);
	}

}
