package org.haven.referral;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.assistance.CarePlans;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ServiceStatus;
import org.haven.assistance.TaskKind;
import org.haven.assistance.TasksToDo;
import org.haven.assistance.TestTaskSchedule;
import org.haven.assistance.CaseTasks;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRequired;
import org.haven.consent.PartnerScope;
import org.haven.partner.Partner;
import org.haven.referral.ReferralFixtures.ReferrableCase;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

@IntegrationTest
class ReferralsTests {

	static final PackageChoice NAME_AND_NEEDS = new PackageChoice(true, true, Set.of("givenNames", "phoneNumbers"),
			Set.of("exploitationForms", "countriesOfExploitation"), true);

	static final PackageChoice CODED_ONLY = new PackageChoice(true, true, Set.of(), Set.of("exploitationForms"), true);

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralRevocation revocation;

	@Autowired
	ReferralFixtures fixtures;

	@Autowired
	ConsentLedger consent;

	@Autowired
	CarePlans plans;

	@Autowired
	CaseTasks tasks;

	@Autowired
	TasksToDo toDo;

	@Autowired
	TestTaskSchedule schedule;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void without_consent_to_share_with_that_partner_the_server_refuses_to_send_whatever_the_screen_chose() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		Partner other = this.fixtures.shelterWithAgreement("Lighthouse " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Maria", "Lupu");
		this.fixtures.consentToShareWith(referrable.code(), other);
		Referral draft = draft(referrable, shelter, CODED_ONLY);
		ReferralPreview preview = asCarol(() -> this.referrals.preview(referrable.code(), draft.id()));

		assertThat(catchThrowableOfType(ConsentRequired.class,
				() -> asCarol(
						() -> this.referrals.send(referrable.code(), draft.id(), draft.version(), preview.hash()))))
			.as("consent to share with another partner covers only that one")
			.isNotNull();
		assertThat(statusOf(referrable, draft)).isEqualTo(ReferralStatus.DRAFT);
	}

	@Test
	void a_withdrawn_or_ended_consent_refuses_the_sending_too() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase withdrawn = this.fixtures.referrableCase("Elena", "Rusu");
		this.fixtures.consentToShareWith(withdrawn.code(), shelter);
		asCarol(() -> this.consent.withdraw(withdrawn.code(), ConsentPurpose.SHARE_WITH_PARTNER,
				PartnerScope.of(shelter.id()), 1, this.fixtures.today(), "She changed her mind"));
		Referral first = draft(withdrawn, shelter, CODED_ONLY);
		String firstHash = asCarol(() -> this.referrals.preview(withdrawn.code(), first.id())).hash();

		ReferrableCase ended = this.fixtures.referrableCase("Ana", "Ciobanu");
		this.fixtures.consentToShareUntil(ended.code(), shelter, this.fixtures.today().plusDays(1));
		Referral second = draft(ended, shelter, CODED_ONLY);

		assertThatThrownBy(
				() -> asCarol(() -> this.referrals.send(withdrawn.code(), first.id(), first.version(), firstHash)))
			.isInstanceOf(ConsentRequired.class);
		this.clock.after(Duration.ofDays(3), () -> {
			String hash = asCarol(() -> this.referrals.preview(ended.code(), second.id())).hash();
			assertThatThrownBy(
					() -> asCarol(() -> this.referrals.send(ended.code(), second.id(), second.version(), hash)))
				.isInstanceOf(ConsentRequired.class);
			return null;
		});
	}

	@Test
	void a_supervisor_may_override_missing_consent_for_a_coded_reason_which_is_audited_and_listed_but_never_a_withdrawal() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Irina", "Munteanu");
		Referral draft = draft(referrable, shelter, CODED_ONLY);

		assertThatThrownBy(() -> asCarol(
				() -> this.referrals.overrideConsent(referrable.code(), draft.id(), OverrideReason.VITAL_INTERESTS)))
			.isInstanceOf(AccessDeniedException.class);
		TestSecurity.as("sam", "SUPERVISOR",
				() -> this.referrals.overrideConsent(referrable.code(), draft.id(), OverrideReason.VITAL_INTERESTS));
		Referral overridden = current(referrable, draft);
		String hash = asCarol(() -> this.referrals.preview(referrable.code(), draft.id())).hash();
		Referral sent = asCarol(() -> this.referrals.send(referrable.code(), draft.id(), overridden.version(), hash));

		assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(sent.override().reason()).isEqualTo(OverrideReason.VITAL_INTERESTS);
		assertThat(reasonsOf(referrable, "REFERRAL_CONSENT_OVERRIDDEN"))
			.containsExactly("VITAL_INTERESTS, to partner " + shelter.id());
		assertThat(reasonsOf(referrable, "REFERRAL_SENT")).singleElement()
			.satisfies(reason -> assertThat(reason).endsWith(", consent overridden"));
		assertThat(TestSecurity.as("sam", "SUPERVISOR", () -> this.referrals.overrides(PageRequest.ofSize(5)))
			.getContent()).as("the most recent override comes first").first().satisfies(listed -> {
				assertThat(listed.code()).isEqualTo(referrable.code());
				assertThat(listed.partnerName()).isEqualTo(shelter.name());
				assertThat(listed.status()).isEqualTo(ReferralStatus.SENT);
				assertThat(listed.override().reason()).isEqualTo(OverrideReason.VITAL_INTERESTS);
				assertThat(listed.override().supervisor()).isEqualTo("sam");
				assertThat(listed.override().at()).isNotNull();
			});

		ReferrableCase said = this.fixtures.referrableCase("Olga", "Popa");
		this.fixtures.consentToShareWith(said.code(), shelter);
		asCarol(() -> this.consent.withdraw(said.code(), ConsentPurpose.SHARE_WITH_PARTNER,
				PartnerScope.of(shelter.id()), 1, this.fixtures.today(), "No"));
		Referral refused = draft(said, shelter, CODED_ONLY);
		TestSecurity.as("sam", "SUPERVISOR",
				() -> this.referrals.overrideConsent(said.code(), refused.id(), OverrideReason.VITAL_INTERESTS));
		String refusedHash = asCarol(() -> this.referrals.preview(said.code(), refused.id())).hash();
		assertThatThrownBy(() -> asCarol(
				() -> this.referrals.send(said.code(), refused.id(), current(said, refused).version(), refusedHash)))
			.as("the person's no stands")
			.isInstanceOf(ConsentRequired.class);
	}

	@Test
	void a_preview_is_one_identity_read_in_the_audit_trail_naming_the_parts_that_would_travel() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Ana", "Preview");
		this.fixtures.consentToShareWith(referrable.code(), shelter);
		Referral draft = draft(referrable, shelter, NAME_AND_NEEDS);
		long before = lastAuditSeq();

		asCarol(() -> this.referrals.preview(referrable.code(), draft.id()));

		assertThat(this.jdbc.queryForList(
				"select action || ' ' || outcome || ' ' || subject_id || ' ' || reason from audit_event where seq > ?",
				String.class, before))
			.containsExactly(
					"IDENTITY_REVEALED ALLOWED " + referrable.code().value() + " preview to partner " + shelter.id());
		assertThat(this.jdbc.queryForObject("select fields from audit_event where seq > ?", String.class, before))
			.contains("caseCode", "identity:givenNames", "identity:phoneNumbers", "needs");
	}

	@Test
	void the_partner_receives_exactly_the_previewed_fields_frozen_encrypted_and_hashed_in_the_audit_trail() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Canarymaria", "Canarylupu");
		this.fixtures.consentToShareWith(referrable.code(), shelter);
		Referral draft = draft(referrable, shelter, NAME_AND_NEEDS);

		ReferralPreview preview = asCarol(() -> this.referrals.preview(referrable.code(), draft.id()));
		Referral sent = asCarol(
				() -> this.referrals.send(referrable.code(), draft.id(), draft.version(), preview.hash()));
		ReferralPackage received = asCarol(() -> this.referrals.sentPackage(referrable.code(), draft.id()));

		assertThat(received).isEqualTo(preview.referralPackage());
		assertThat(received.lines()).extracting(PackageLine::part, PackageLine::field, PackageLine::value)
			.containsExactly(tuple(PackagePart.CASE_CODE, "caseCode", referrable.code().value()),
					tuple(PackagePart.PROFILE, "gender", "FEMININE"), tuple(PackagePart.PROFILE, "nationality", "NG"),
					tuple(PackagePart.PROFILE, "languages", "en; yo"),
					tuple(PackagePart.IDENTITY, "givenNames", "Canarymaria"),
					tuple(PackagePart.IDENTITY, "phoneNumbers", "+373 69 123 456"),
					tuple(PackagePart.SITUATION, "exploitationForms", "SEXUAL_EXPLOITATION"),
					tuple(PackagePart.SITUATION, "countriesOfExploitation", "TR"),
					tuple(PackagePart.NEEDS, "immediateNeeds", "SAFE_SHELTER"),
					tuple(PackagePart.NEEDS, "safety", "HIGH"));
		assertThat(sent.packageHash()).isEqualTo(preview.hash());
		assertThat(reasonsOf(referrable, "REFERRAL_SENT"))
			.containsExactly("to partner " + shelter.id() + ", package sha256 " + preview.hash());
		byte[] stored = this.jdbc.queryForObject("select package from referral where id = ?", byte[].class, draft.id());
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Canary");
		assertThat(serviceOf(referrable).status()).isEqualTo(ServiceStatus.REFERRED);
	}

	@Test
	void a_case_changed_after_the_preview_is_a_conflict_not_a_different_package() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Vera", "Cojocaru");
		this.fixtures.consentToShareWith(referrable.code(), shelter);
		Referral draft = draft(referrable, shelter, CODED_ONLY);

		assertThatThrownBy(() -> asCarol(
				() -> this.referrals.send(referrable.code(), draft.id(), draft.version(), "not-what-was-previewed")))
			.isInstanceOf(org.haven.shared.ConflictException.class);
		assertThat(statusOf(referrable, draft)).isEqualTo(ReferralStatus.DRAFT);
	}

	@Test
	void identity_for_a_partner_without_a_live_agreement_and_a_partner_not_offering_the_service_are_refused_on_their_fields() {
		Partner lapsed = this.fixtures.shelterWithoutLiveAgreement("Old Shelter " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Nina", "Balan");

		assertThat(
				problemsOf(
						() -> this.referrals.draft(referrable.code(), referrable.service(),
								new NewReferral(lapsed.id(), ReferralReason.ADDITIONAL_SERVICES_REQUIRED,
										Urgency.ROUTINE, NAME_AND_NEEDS))))
			.containsExactly(tuple("choice", "referral.identity.no-agreement"));
		assertThat(draft(referrable, lapsed, CODED_ONLY).status()).as("coded parts may still travel")
			.isEqualTo(ReferralStatus.DRAFT);
	}

	@Test
	void withdrawing_consent_revokes_the_open_referral_and_raises_a_task_to_tell_the_partner() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Lidia", "Sandu");
		this.fixtures.consentToShareWith(referrable.code(), shelter);
		Referral sent = sent(referrable, shelter);

		asCarol(() -> this.consent.withdraw(referrable.code(), ConsentPurpose.SHARE_WITH_PARTNER,
				PartnerScope.of(shelter.id()), 1, this.fixtures.today(), "She wants to stay with her aunt"));

		assertThat(statusOf(referrable, sent)).isEqualTo(ReferralStatus.REVOKED);
		assertThat(asCarol(() -> this.tasks.tasks(referrable.code()))).extracting(task -> task.kind())
			.contains(TaskKind.REFERRAL_REVOKED);
		assertThat(serviceOf(referrable).status()).isEqualTo(ServiceStatus.PLANNED);
		assertThat(problemsOf(
				() -> this.referrals.recordAnswer(referrable.code(), sent.id(), current(referrable, sent).version(),
						new ReferralAnswer(ReferralStatus.ACCEPTED, null, this.fixtures.today()))))
			.as("an answer for a revoked referral")
			.containsExactly(tuple("status", "referral.closed"));
	}

	@Test
	void consent_that_ends_revokes_the_referral_on_the_next_hourly_run() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Tatiana", "Lungu");
		this.fixtures.consentToShareUntil(referrable.code(), shelter, this.fixtures.today().plusDays(2));
		Referral sent = sent(referrable, shelter);

		this.clock.after(Duration.ofDays(4), () -> this.revocation.revokeWhereConsentEnded());

		assertThat(statusOf(referrable, sent)).isEqualTo(ReferralStatus.REVOKED);
		assertThat(asCarol(() -> this.tasks.tasks(referrable.code()))).extracting(task -> task.kind())
			.contains(TaskKind.REFERRAL_REVOKED);
	}

	@Test
	void an_unanswered_referral_expires_raises_a_task_and_the_task_escalates() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Daria", "Rotaru");
		this.fixtures.consentToShareWith(referrable.code(), shelter);
		Referral sent = sent(referrable, shelter);

		this.clock.after(Duration.ofDays(2), () -> this.revocation.expireUnanswered());
		assertThat(statusOf(referrable, sent)).as("a priority referral has three days").isEqualTo(ReferralStatus.SENT);
		this.clock.after(Duration.ofDays(5), () -> this.revocation.expireUnanswered());
		assertThat(statusOf(referrable, sent)).isEqualTo(ReferralStatus.EXPIRED);
		this.clock.after(Duration.ofDays(9), () -> this.schedule.escalateOverdue());

		assertThat(TestSecurity.as("sam", "SUPERVISOR", () -> this.toDo.escalated()))
			.filteredOn(todo -> todo.code().equals(referrable.code()))
			.extracting(todo -> todo.kind())
			.containsExactly(TaskKind.REFERRAL_UNANSWERED);
	}

	@Test
	void the_partners_answers_recorded_by_hand_move_the_referral_and_its_service_line_on() {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Sofia", "Ursu");
		this.fixtures.consentToShareWith(referrable.code(), shelter);
		Referral sent = sent(referrable, shelter);

		for (ReferralStatus answer : List.of(ReferralStatus.ACCEPTED, ReferralStatus.SERVICE_STARTED,
				ReferralStatus.COMPLETED)) {
			asCarol(() -> this.referrals.recordAnswer(referrable.code(), sent.id(), current(referrable, sent).version(),
					new ReferralAnswer(answer, null, this.fixtures.today())));
		}

		assertThat(statusOf(referrable, sent)).isEqualTo(ReferralStatus.COMPLETED);
		assertThat(serviceOf(referrable)).satisfies(service -> {
			assertThat(service.status()).isEqualTo(ServiceStatus.DELIVERED);
			assertThat(service.deliveredOn()).isEqualTo(this.fixtures.today());
		});
		assertThat(problemsOf(
				() -> this.referrals.recordAnswer(referrable.code(), sent.id(), current(referrable, sent).version(),
						new ReferralAnswer(ReferralStatus.DECLINED, AnswerReason.NO_CAPACITY, this.fixtures.today()))))
			.containsExactly(tuple("status", "referral.closed"));
	}

	@Test
	void the_printable_form_holds_exactly_the_package_marked_with_the_referral_id_and_its_making_is_audited()
			throws IOException {
		Partner shelter = this.fixtures.shelterWithAgreement("Harbour House " + suffix());
		ReferrableCase referrable = this.fixtures.referrableCase("Zinaida", "Ceban");
		this.fixtures.consentToShareWith(referrable.code(), shelter);
		Referral sent = sent(referrable, shelter, NAME_AND_NEEDS);
		ReferralPackage frozen = asCarol(() -> this.referrals.sentPackage(referrable.code(), sent.id()));
		long before = lastAuditSeq();

		byte[] pdf = asCarol(() -> this.referrals.printableForm(referrable.code(), sent.id(), key -> key));

		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
			.isEqualTo(ReferralForm.lines(frozen, sent.packageHash(), key -> key));
		assertThat(text).contains("referral.form.id: " + sent.id())
			.contains("referral.field.givenNames: Zinaida")
			.doesNotContain("Ceban");
		assertThat(this.jdbc.queryForList("select action from audit_event where seq > ? and subject_id = ?",
				String.class, before, referrable.code().value()))
			.contains("REFERRAL_FORM_PRINTED", "IDENTITY_REVEALED");
	}

	private Referral sent(ReferrableCase referrable, Partner partner) {
		return sent(referrable, partner, CODED_ONLY);
	}

	private Referral sent(ReferrableCase referrable, Partner partner, PackageChoice choice) {
		Referral draft = draft(referrable, partner, choice);
		String hash = asCarol(() -> this.referrals.preview(referrable.code(), draft.id())).hash();
		return asCarol(() -> this.referrals.send(referrable.code(), draft.id(), draft.version(), hash));
	}

	private Referral draft(ReferrableCase referrable, Partner partner, PackageChoice choice) {
		return asCarol(() -> this.referrals.draft(referrable.code(), referrable.service(),
				new NewReferral(partner.id(), ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.PRIORITY, choice)));
	}

	private Referral current(ReferrableCase referrable, Referral referral) {
		return asCarol(() -> this.referrals.referrals(referrable.code())).stream()
			.filter(found -> found.id().equals(referral.id()))
			.findFirst()
			.orElseThrow();
	}

	private ReferralStatus statusOf(ReferrableCase referrable, Referral referral) {
		return current(referrable, referral).status();
	}

	private PlannedService serviceOf(ReferrableCase referrable) {
		return asCarol(() -> this.plans.plan(referrable.code())).stream()
			.flatMap(need -> need.goals().stream())
			.flatMap(goal -> goal.services().stream())
			.filter(service -> service.id().equals(referrable.service()))
			.findFirst()
			.orElseThrow();
	}

	private List<String> reasonsOf(ReferrableCase referrable, String action) {
		return this.jdbc.queryForList("select reason from audit_event where action = ? and subject_id = ? order by seq",
				String.class, action, referrable.code().value());
	}

	private long lastAuditSeq() {
		Long seq = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return seq == null ? 0 : seq;
	}

	private List<org.assertj.core.groups.Tuple> problemsOf(Supplier<Object> call) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> asCarol(call));
		assertThat(refused).as("refused").isNotNull();
		return refused.problems().stream().map(problem -> tuple(problem.field(), problem.messageKey())).toList();
	}

	private static String suffix() {
		return java.util.UUID.randomUUID().toString().substring(0, 8);
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as("carol", "CASEWORKER", action);
	}

}
