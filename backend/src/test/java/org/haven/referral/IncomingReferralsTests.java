package org.haven.referral;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.casefile.ReferredIn;
import org.haven.casefile.TestIntakes;
import org.haven.partner.OrganisationType;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Referrals received: only the caseworker who received one sees it, reads its package,
 * accepts or answers it; supervisors, auditors and administrators reach none. A referral
 * by phone or on paper starts an intake. Files come from this installation to itself (a
 * partner of its own directory by its own keys file); {@code TwoHavensTests} does it
 * between two.
 */
@IntegrationTest
class IncomingReferralsTests {

	@Autowired
	IncomingReferrals incoming;

	@Autowired
	ReferralExchange exchange;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	IntakeService intake;

	@Autowired
	JdbcTemplate jdbc;

	enum Expect {

		ALLOWED, NOT_FOUND, DENIED

	}

	static final Expect Y = Expect.ALLOWED;

	static final Expect N = Expect.NOT_FOUND;

	static final Expect D = Expect.DENIED;

	/**
	 * Callers: the receiver, another caseworker, a supervisor, an auditor, an
	 * administrator.
	 */
	static final List<List<String>> CALLERS = List.of(List.of("carol", "CASEWORKER"), List.of("chen", "CASEWORKER"),
			List.of("sam", "SUPERVISOR"), List.of("aisha", "AUDITOR"), List.of("adam", "ADMIN"));

	record Row(java.util.function.Function<UUID, Object> call, List<Expect> expected) {
	}

	Map<String, Row> matrix() {
		Map<String, Row> rows = new LinkedHashMap<>();
		rows.put("importFile",
				new Row(received -> this.incoming.importFile(fileToOurselves()), List.of(Y, Y, D, D, D)));
		rows.put("mine", new Row(received -> this.incoming.mine(), List.of(Y, Y, D, D, D)));
		rows.put("incomingPackage", new Row(received -> this.incoming.incomingPackage(new IncomingReferralId(received)),
				List.of(Y, N, D, D, D)));
		rows.put("accept", new Row(received -> this.incoming.accept(received, 0), List.of(Y, N, D, D, D)));
		rows.put("answerFile",
				new Row(received -> this.incoming.answerFile(received, 0,
						new ReferralAnswer(ReferralStatus.ACKNOWLEDGED, null, LocalDate.now())),
						List.of(Y, N, D, D, D)));
		rows.put(
				"recordByHand", new Row(
						received -> this.incoming.recordByHand(new NewIncomingReferral("Police, Chisinau",
								LocalDate.now(), ReferralReason.ADDITIONAL_SERVICES_REQUIRED)),
						List.of(Y, Y, D, D, D)));
		return rows;
	}

	@Test
	void every_public_method_has_a_row_and_every_caller_gets_what_it_says() {
		assertThat(matrix().keySet()).isEqualTo(Arrays.stream(IncomingReferrals.class.getDeclaredMethods())
			.filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
			.map(Method::getName)
			.collect(Collectors.toSet()));
		for (Map.Entry<String, Row> row : matrix().entrySet()) {
			for (int caller = 0; caller < CALLERS.size(); caller++) {
				UUID received = receivedByCarol();
				String username = CALLERS.get(caller).get(0);
				String role = CALLERS.get(caller).get(1);
				Supplier<Object> call = () -> row.getValue().call().apply(received);
				String what = row.getKey() + " by " + username;
				switch (row.getValue().expected().get(caller)) {
					case ALLOWED -> assertThat(TestSecurity.as(username, role, call)).as(what).isNotNull();
					case NOT_FOUND -> assertThatThrownBy(() -> TestSecurity.as(username, role, call)).as(what)
						.isInstanceOf(NotFoundException.class);
					case DENIED -> assertThatThrownBy(() -> TestSecurity.as(username, role, call)).as(what)
						.isInstanceOf(AccessDeniedException.class);
				}
			}
		}
	}

	@Test
	void a_referral_by_phone_is_recorded_with_who_when_and_why_and_starts_an_intake() {
		DraftId draft = asCarol(() -> this.incoming
			.recordByHand(new NewIncomingReferral("Border police, Leuseni", LocalDate.now(), ReferralReason.OTHER)));

		assertThat(asCarol(() -> this.intake.mine())).extracting(summary -> summary.id()).contains(draft);
		assertThat(asCarol(() -> this.incoming.mine())).filteredOn(found -> draft.equals(found.draft()))
			.singleElement()
			.satisfies(found -> {
				assertThat(found.source()).isEqualTo(IncomingSource.BY_HAND);
				assertThat(found.referringOrganisation()).isEqualTo("Border police, Leuseni");
				assertThat(found.status()).isEqualTo(IncomingStatus.ACCEPTED);
			});
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> asCarol(
				() -> this.incoming.recordByHand(new NewIncomingReferral(" ", LocalDate.now().plusDays(1), null))));
		assertThat(refused.problems()).extracting(problem -> problem.field(), problem -> problem.messageKey())
			.containsExactlyInAnyOrder(tuple("referringOrganisation", "validation.required"),
					tuple("referredOn", "care.date.future"), tuple("reason", "validation.required"));
	}

	@Test
	void a_revocation_file_marks_the_received_referral_revoked_and_no_answer_can_follow() {
		CaseCode code = this.cases.takenInBy("carol", TestIdentities.named("Revoked", "Referral"));
		Referral sent = this.fixtures.sentToHavenOn(code);
		ImportedFile imported = asCarol(() -> this.incoming.importFile(this.exchange.referralFile(code, sent.id())));
		asCarol(() -> this.referrals.withdraw(code, sent.id(), sent.version()));

		asCarol(() -> this.incoming.importFile(this.exchange.revocationFile(code, sent.id())));

		IncomingReferral revoked = asCarol(() -> this.incoming.mine()).stream()
			.filter(found -> found.id().equals(imported.incoming()))
			.findFirst()
			.orElseThrow();
		assertThat(revoked.status()).isEqualTo(IncomingStatus.REVOKED);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.incoming.answerFile(revoked.id(), revoked.version(),
						new ReferralAnswer(ReferralStatus.ACCEPTED, null, LocalDate.now()))));
		assertThat(refused.problems()).extracting(problem -> problem.messageKey()).containsExactly("referral.closed");
	}

	@Test
	void the_case_a_received_referral_starts_keeps_who_referred_when_and_why_in_codes() {
		LocalDate day = LocalDate.now().minusDays(2);
		DraftId byHand = asCarol(() -> this.incoming.recordByHand(new NewIncomingReferral("Border police",
				OrganisationType.LAW_ENFORCEMENT, day, ReferralReason.MIGRATION_OR_CHANGE_OF_LOCATION)));
		DraftId fromFile = asCarol(() -> this.incoming.accept(receivedByCarol(), 0));

		assertThat(this.cases.open("carol", takenIn(byHand)).referredIn())
			.isEqualTo(new ReferredIn("LAW_ENFORCEMENT", day, "MIGRATION_OR_CHANGE_OF_LOCATION"));
		assertThat(this.cases.open("carol", takenIn(fromFile)).referredIn()).satisfies(referred -> {
			assertThat(referred.organisationType()).as("the referring partner's type").isEqualTo("NGO");
			assertThat(referred.reason()).isEqualTo("ADDITIONAL_SERVICES_REQUIRED");
			assertThat(referred.on()).isNotNull();
		});
		assertThat(this.cases.open("carol", this.cases.takenInBy("carol", TestIdentities.named("Walked", "In")))
			.referredIn()).as("a case no one referred").isNull();
	}

	@Test
	void a_received_referral_keeps_its_history_like_the_case_with_its_package_as_stored() {
		UUID received = receivedByCarol();
		asCarol(() -> this.incoming.accept(received, 0));

		assertThat(this.jdbc.query("select revtype, status from incoming_referral_aud where id = ? order by rev",
				(row, number) -> tuple(row.getInt(1), row.getString(2)), received))
			.containsExactly(tuple(0, "RECEIVED"), tuple(1, "ACCEPTED"));
		assertThat(this.jdbc.queryForObject("select count(*) from incoming_referral_aud a join incoming_referral r"
				+ " on r.id = a.id where a.id = ? and a.package = r.package", Integer.class, received))
			.as("the package as stored, ciphertext under its own key")
			.isEqualTo(2);
	}

	@Test
	void a_refused_file_leaves_its_coded_reason_in_the_audit_trail_though_nothing_of_it_is_kept() {
		byte[] file = fileToOurselves();
		long before = lastAuditSeq();

		refuse(TwoHavensTests.flipped(file));
		refuse("not a referral file".getBytes(StandardCharsets.UTF_8));
		asCarol(() -> this.incoming.importFile(file));
		refuse(file);

		assertThat(this.jdbc.queryForList(
				"select outcome || ' ' || reason || ' ' || coalesce(subject_id, '-') || ' ' || actor_username"
						+ " from audit_event where seq > ? and action = 'REFERRAL_FILE_REFUSED' order by seq",
				String.class, before))
			.containsExactly("DENIED TAMPERED - carol", "DENIED UNREADABLE - carol", "DENIED REPLAYED - carol");
	}

	@Test
	void an_answer_for_a_withdrawn_referral_is_refused_and_nothing_is_imported() {
		CaseCode code = this.cases.takenInBy("carol", TestIdentities.named("Withdrawn", "Referral"));
		Referral sent = this.fixtures.sentToHavenOn(code);
		ImportedFile imported = asCarol(() -> this.incoming.importFile(this.exchange.referralFile(code, sent.id())));
		byte[] answer = asCarol(() -> this.incoming.answerFile(imported.incoming(), 0,
				new ReferralAnswer(ReferralStatus.ACKNOWLEDGED, null, LocalDate.now())));
		asCarol(() -> this.referrals.withdraw(code, sent.id(), sent.version()));

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.incoming.importFile(answer)));

		assertThat(refused.problems()).extracting(problem -> problem.messageKey()).containsExactly("referral.closed");
		InvalidInputException again = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.incoming.importFile(answer)));
		assertThat(again.problems()).as("refused, so not taken as imported")
			.extracting(problem -> problem.messageKey())
			.containsExactly("referral.closed");
	}

	/**
	 * A referral of a new case of Carol's, sent to this installation and imported by
	 * Carol.
	 */
	private UUID receivedByCarol() {
		return asCarol(() -> this.incoming.importFile(fileToOurselves())).incoming();
	}

	private byte[] fileToOurselves() {
		CaseCode code = this.cases.takenInBy("carol", TestIdentities.named("Sent", "Home"));
		Referral sent = this.fixtures.sentToHavenOn(code);
		return TestSecurity.as("carol", "CASEWORKER", () -> this.exchange.referralFile(code, sent.id()));
	}

	/** The intake the referral started, completed by Carol with the person's consent. */
	private CaseCode takenIn(DraftId draft) {
		return asCarol(() -> {
			long version = this.intake.save(draft, this.intake.open(draft).version(), IntakeStep.REVIEW,
					TestIdentities.named("Referred", "In"), TestIntakes.withConsent(Profile.notAskedYet()));
			return this.intake.complete(draft, version, null, null, true);
		});
	}

	private void refuse(byte[] file) {
		assertThatThrownBy(() -> asCarol(() -> this.incoming.importFile(file)))
			.isInstanceOf(InvalidInputException.class);
	}

	private long lastAuditSeq() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as("carol", "CASEWORKER", action);
	}

}
