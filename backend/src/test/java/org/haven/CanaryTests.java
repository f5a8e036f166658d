package org.haven;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.AssessmentsTests;
import org.haven.assessment.ItemAnswer;
import org.haven.assessment.NewAdministration;
import org.haven.assessment.RiskLevel;
import org.haven.assistance.AfterCare;
import org.haven.assistance.CarePlans;
import org.haven.assistance.CaseTasks;
import org.haven.assistance.ContactChannel;
import org.haven.assistance.Goal;
import org.haven.assistance.NewAfterCareCheck;
import org.haven.assistance.NewService;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ProvidedBy;
import org.haven.assistance.SafetyNow;
import org.haven.assistance.ScreenAnswer;
import org.haven.assistance.ServiceStatus;
import org.haven.assistance.ServiceUpdate;
import org.haven.assistance.Task;
import org.haven.casefile.Answer;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseChange;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Note;
import org.haven.casefile.Situation;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRecord;
import org.haven.consent.TestConsents;
import org.haven.partner.Partner;
import org.haven.person.DocumentType;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.haven.referral.NewReferral;
import org.haven.referral.PackageChoice;
import org.haven.referral.Referral;
import org.haven.referral.ReferralFixtures;
import org.haven.referral.ReferralReason;
import org.haven.referral.Referrals;
import org.haven.referral.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plants unique canary values in every identity field, works with them as users would
 * (take in, change, search, duplicate check, reveal, bad input, erasure asked and
 * approved, break-glass explained, revealed, reviewed and ended, consent withdrawn with
 * the person's reason, a task written down, a goal and a service's outcome, an after-care
 * check's notes), then looks for them in every text and binary column of every table, as
 * the schema owner sees them, and in everything logged meanwhile.
 */
@IntegrationTest
@WithMockUser(username = "carol", roles = "CASEWORKER")
class CanaryTests {

	@Autowired
	PersonService persons;

	@Autowired
	IntakeService intake;

	@Autowired
	CaseService cases;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	ConsentLedger consent;

	@Autowired
	CaseTasks tasks;

	@Autowired
	CarePlans plans;

	@Autowired
	AfterCare afterCare;

	@Autowired
	Assessments assessments;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralFixtures referralFixtures;

	JdbcTemplate owner;

	ListAppender<ILoggingEvent> log = new ListAppender<>();

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.owner = new JdbcTemplate(ownerDataSource);
	}

	@BeforeEach
	void listenToEveryLogger() {
		this.log.start();
		root().addAppender(this.log);
	}

	@AfterEach
	void stopListening() {
		root().detachAppender(this.log);
	}

	@Test
	void no_identity_value_appears_in_any_column_of_any_table_or_in_the_log() {
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Canaries canaries = new Canaries(tag);
		Identity identity = canaries.identity();

		PersonCode code = this.fixtures.personTakenInBy("carol", identity, Profile.notAskedYet());
		this.persons.changeIdentity(code, this.persons.summary(code).version(), canaries.identity());
		this.persons.search(new IdentitySearch(canaries.family, null, null, null));
		this.persons.search(new IdentitySearch(null, null, canaries.phone, canaries.document));
		this.fixtures.duplicatesFor("carol", identity);
		assertThat(this.persons.revealIdentity(code).familyNames()).isEqualTo(canaries.family);
		try {
			this.persons
				.register(
						new Identity(canaries.given + "\u0000", canaries.family, List.of(), null,
								List.of(canaries.given), canaries.given, List.of(), null, canaries.given + "!!", null),
						Profile.notAskedYet());
		}
		catch (RuntimeException refused) {
			assertThat(refused.getMessage()).doesNotContain(tag);
		}
		CaseCode erased = this.fixtures.takenInBy("carol", new Canaries(tag + "E").identity());
		this.fixtures.erasureAskedBy("carol", erased, ErasureReason.PERSON_ASKED);
		this.fixtures.erasureApprovedBy("sam", erased);

		List<String> values = new ArrayList<>(canaries.values());
		values.addAll(workOnACase(tag, new Canaries(tag + "C")));

		assertThat(this.owner.queryForObject("select count(*) from haven.case_note_aud", Long.class))
			.as("notes in the change history")
			.isPositive();
		assertThat(this.owner.queryForObject("select count(*) from haven.case_file_aud", Long.class))
			.as("cases in the change history")
			.isPositive();
		assertThat(hitsInDatabase(values)).as("columns holding a canary").isEmpty();
		assertThat(hitsInLog(values)).as("log lines holding a canary").isEmpty();
	}

	/**
	 * An intake with canary identity through drafts, a search of the caseworker's cases
	 * by each identity value, a note draft, notes (one extra-sensitive), a break-glass
	 * opening explained in free text, and changes that write the case history.
	 */
	private List<String> workOnACase(String tag, Canaries canaries) {
		String note = "Canarynote" + tag;
		String secret = "Canarysecret" + tag;
		String explanation = "Canaryexplanation" + tag;
		String draftNote = "Canarydraft" + tag;
		DraftId draft = this.intake.start();
		long version = this.intake.save(draft, 0, IntakeStep.IDENTITY, canaries.identity(),
				IntakeAnswers.notAskedYet());
		this.intake.checkDuplicates(draft);
		version = this.intake.save(draft, version, IntakeStep.REVIEW, canaries.identity(), new IntakeAnswers(true,
				Profile.notAskedYet(), Situation.NOT_ASKED, Needs.NOT_ASKED, NonPunishment.NOT_ASKED));
		CaseCode code = this.intake.complete(draft, version, null, null, true);
		this.cases.myCases(new CaseQuery(CaseQuery.SearchBy.NAME, canaries.family, null, false), PageRequest.ofSize(10))
			.getContent();
		this.cases.myCases(new CaseQuery(CaseQuery.SearchBy.PHONE, canaries.phone, null, false), PageRequest.ofSize(10))
			.getContent();
		this.cases
			.myCases(new CaseQuery(CaseQuery.SearchBy.DOCUMENT_NUMBER, canaries.document, null, false),
					PageRequest.ofSize(10))
			.getContent();
		this.cases.keepNoteDraft(code, draftNote);
		this.cases.addNote(code, note, false);
		this.cases.addNote(code, secret, true);
		this.cases.keepNoteDraft(code, draftNote);
		assertThat(this.cases.noteDraft(code)).hasValueSatisfying(kept -> assertThat(kept.text()).isEqualTo(draftNote));
		assertThat(this.cases.notes(code)).extracting(Note::text).contains(note);
		CaseDetails details = this.cases.changeNeeds(code, this.cases.open(code).version(),
				new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.HIGH));
		this.cases.advance(code, details.version(), CaseStatus.ASSESSMENT);
		assertThat(this.cases.revealIdentity(code).familyNames()).isEqualTo(canaries.family);
		CaseCode other = this.fixtures.takenInBy("chen", new Canaries(tag + "O").identity());
		this.cases.breakGlass(other, BreakGlassReason.OTHER, explanation);
		this.intake.checkDuplicates(this.fixtures.draftOf("carol", new Canaries(tag + "O").identity()));
		UUID grant = this.fixtures.openingOf(other).id();
		assertThat(TestSecurity.as("sam", "SUPERVISOR",
				() -> this.supervision.revealBreakGlassExplanation(other, grant).text()))
			.isEqualTo(explanation);
		TestSecurity.as("sam", "SUPERVISOR", () -> {
			this.supervision.reviewBreakGlass(other, grant);
			this.supervision.endBreakGlass(other, grant);
			return null;
		});
		String withdrawal = "Canarywithdrawal" + tag;
		this.consent.record(code, 0, TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", LocalDate.now()));
		this.consent.withdraw(code, ConsentPurpose.FOLLOW_UP_CONTACT, "", 1, LocalDate.now(), withdrawal);
		assertThat(this.consent.ledger(code)).extracting(ConsentRecord::withdrawalReason).contains(withdrawal);
		String taskTitle = "Canarytask" + tag;
		this.tasks.add(code, taskTitle, LocalDate.now().plusDays(1));
		assertThat(this.tasks.tasks(code)).extracting(Task::title).contains(taskTitle);
		String goalText = "Canarygoal" + tag;
		String outcome = "Canaryoutcome" + tag;
		this.consent.record(code, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", LocalDate.now()));
		Goal goal = this.plans.addGoal(code, "SAFE_SHELTER", goalText, true);
		PlannedService service = this.plans.addService(code, goal.id(),
				new NewService("SAFE_ACCOMMODATION", ProvidedBy.IN_HOUSE, null, LocalDate.now(), null));
		this.plans.updateService(code, service.id(), service.version(),
				new ServiceUpdate(ServiceStatus.DELIVERED, LocalDate.now(), outcome));
		assertThat(this.plans.plan(code).getFirst().goals().getFirst().services().getFirst().outcome())
			.isEqualTo(outcome);
		String checkNotes = "Canaryaftercare" + tag;
		// the person consents again, after the withdrawal above: version 3
		this.consent.record(code, 2, TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", LocalDate.now()));
		this.afterCare.recordFollowUp(code, new NewAfterCareCheck(LocalDate.now(), true, ContactChannel.PHONE,
				SafetyNow.SAFE, ScreenAnswer.NO, ScreenAnswer.NO, ScreenAnswer.NO, List.of(), checkNotes));
		String assessmentReason = "Canaryassessment" + tag;
		Map<String, ItemAnswer> answers = new LinkedHashMap<>(AssessmentsTests.scoredAll(2));
		answers.put("SAFETY", ItemAnswer.scored(1, assessmentReason));
		this.assessments.record(code, new NewAdministration(AssessmentsTests.OUTCOMES_1, AdministrationKind.BASELINE,
				LocalDate.now(), RiskLevel.HIGH, answers));
		assertThat(this.assessments.administrations(code).getFirst().answer("SAFETY"))
			.hasValueSatisfying(safety -> assertThat(safety.reason()).isEqualTo(assessmentReason));
		referWithIdentity(code, goal.id());
		List<String> planted = new ArrayList<>(canaries.values());
		planted.addAll(new Canaries(tag + "O").values());
		planted.addAll(List.of(note, secret, explanation, draftNote, withdrawal, taskTitle, goalText, outcome,
				checkNotes, assessmentReason));
		List<CaseChange> history = this.cases.history(code);
		assertThat(history).flatExtracting(CaseChange::parts)
			.as("the history names every part that changed")
			.contains(CaseDetails.Part.CONSENT, CaseDetails.Part.CARE_PLAN, CaseDetails.Part.SERVICES,
					CaseDetails.Part.TASKS, CaseDetails.Part.AFTER_CARE, CaseDetails.Part.ASSESSMENTS);
		assertThat(history.toString()).as("the history holds who, when and which part, no text")
			.doesNotContain(planted);
		return planted;
	}

	/**
	 * A referral of the case to a shelter, carrying every identity field: the frozen
	 * package is stored, and its printable form made (in memory only).
	 */
	private void referWithIdentity(CaseCode code, UUID goal) {
		UUID service = this.plans
			.addService(code, goal,
					new NewService("SAFE_ACCOMMODATION", ProvidedBy.PARTNER, "a shelter", LocalDate.now(), null))
			.id();
		Partner shelter = this.referralFixtures.shelterWithAgreement("Canary shelter " + UUID.randomUUID());
		this.referralFixtures.consentToShareWith(code, shelter);
		Referral draft = this.referrals.draft(code, service,
				new NewReferral(shelter.id(), ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.EMERGENCY,
						new PackageChoice(true, true, Set.copyOf(Identity.FIELDS),
								Set.copyOf(PackageChoice.SITUATION_PARTS), true)));
		this.referrals.send(code, draft.id(), draft.version(), this.referrals.preview(code, draft.id()).hash());
		assertThat(this.referrals.printableForm(code, draft.id(), key -> key)).isNotEmpty();
	}

	private List<String> hitsInDatabase(List<String> canaries) {
		List<String> hits = new ArrayList<>();
		List<Map<String, Object>> columns = this.owner.queryForList("""
				select table_schema, table_name, column_name, data_type from information_schema.columns
				where table_schema not in ('pg_catalog', 'information_schema')
				  and data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY')
				""");
		for (Map<String, Object> column : columns) {
			String qualified = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
			String name = "\"" + column.get("column_name") + "\"";
			String asText = "bytea".equals(column.get("data_type")) ? "encode(" + name + ", 'escape')"
					: name + "::text";
			for (String canary : canaries) {
				Long count = this.owner.queryForObject(
						"select count(*) from " + qualified + " where " + asText
								+ " ilike ? or position(convert_to(?, 'UTF8') in "
								+ bytesOf(name, (String) column.get("data_type")) + ") > 0",
						Long.class, "%" + canary + "%", canary);
				if (count != null && count > 0) {
					hits.add(qualified + "." + name);
				}
			}
		}
		return hits;
	}

	private static String bytesOf(String column, String type) {
		return "bytea".equals(type) ? column : "convert_to(" + column + "::text, 'UTF8')";
	}

	private List<String> hitsInLog(List<String> canaries) {
		List<String> hits = new ArrayList<>();
		for (ILoggingEvent event : this.log.list) {
			String line = event.getFormattedMessage()
					+ (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
			canaries.stream().filter(line::contains).forEach(canary -> hits.add(event.getLoggerName()));
		}
		return hits;
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	/** Values that exist nowhere else; each field gets its own. */
	static final class Canaries {

		final String given;

		final String family;

		final String alias;

		final String phone;

		final String email;

		final String address;

		final String document;

		final String remarks;

		final LocalDate born = LocalDate.of(1961, 11, 23);

		Canaries(String tag) {
			this.given = "Canarygiven" + tag;
			this.family = "Canaryfamily" + tag;
			this.alias = "Canaryalias" + tag;
			this.phone = "+99 " + Math.abs(tag.hashCode() % 100_000_000L) + " 77";
			this.email = "canary." + tag.toLowerCase() + "@example.org";
			this.address = "Canaryaddress" + tag + " Road";
			this.document = "CNRY" + tag;
			this.remarks = "Canaryremark" + tag;
		}

		Identity identity() {
			return new Identity(this.given, this.family, List.of(this.alias), this.born, List.of(this.phone),
					this.email, List.of(this.address), DocumentType.NATIONAL_ID, this.document, this.remarks);
		}

		List<String> values() {
			return List.of(this.given, this.family, this.alias, this.phone.replace(" ", ""), this.phone, this.email,
					this.address, this.document, this.remarks, this.born.toString(),
					new String(this.given.toLowerCase().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
		}

	}

}
