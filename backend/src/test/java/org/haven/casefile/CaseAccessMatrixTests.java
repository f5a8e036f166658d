package org.haven.casefile;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.access.AccountDirectory;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.AssessmentFixtures;
import org.haven.assessment.AssessmentPairs;
import org.haven.assessment.Assessments;
import org.haven.assessment.AssessmentsTests;
import org.haven.assessment.Instrument;
import org.haven.assessment.InstrumentVersion;
import org.haven.assessment.Instruments;
import org.haven.assistance.AfterCare;
import org.haven.assistance.CarePlans;
import org.haven.assistance.CaseTasks;
import org.haven.assistance.ContactChannel;
import org.haven.assistance.GoalStatus;
import org.haven.assistance.NewAfterCareCheck;
import org.haven.assistance.NewService;
import org.haven.assistance.ProvidedBy;
import org.haven.assistance.SafetyNow;
import org.haven.assistance.ScreenAnswer;
import org.haven.assistance.ServiceStatistics;
import org.haven.assistance.ServiceStatus;
import org.haven.assistance.ServiceUpdate;
import org.haven.assistance.TasksToDo;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.organisation.TeamFixtures;
import org.haven.person.ErasureReason;
import org.haven.person.TestIdentities;
import org.haven.referral.IncomingReferrals;
import org.haven.referral.NewReferral;
import org.haven.referral.OverrideReason;
import org.haven.referral.PackageChoice;
import org.haven.referral.Referral;
import org.haven.referral.ReferralAnswer;
import org.haven.referral.ReferralExchange;
import org.haven.referral.ReferralFixtures;
import org.haven.referral.ReferralReason;
import org.haven.referral.ReferralStatistics;
import org.haven.referral.ReferralStatus;
import org.haven.referral.Referrals;
import org.haven.referral.Urgency;
import org.haven.reporting.ExportJobId;
import org.haven.reporting.ExportJobs;
import org.haven.reporting.ExportState;
import org.haven.reporting.Report;
import org.haven.reporting.ReportFile;
import org.haven.reporting.ReportKind;
import org.haven.reporting.ReportPeriod;
import org.haven.reporting.Reports;
import org.haven.reporting.ResearchExport;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Who may do what with a case: every public method of the case services (and of the
 * consent ledger, the tasks, the care plan, after-care and assessments, which follow the
 * case's need-to-know, and of the assessment instruments), called by every role in every
 * relation to the case, with the result expected. A method without a row fails this test.
 * "Not found" is what a caseworker gets for a case they may not work on, exactly as for a
 * missing one; "read-only" what one who reads it by break-glass gets for any change; each
 * such refusal leaves a denied audit event.
 */
@IntegrationTest
class CaseAccessMatrixTests {

	/** Who calls, and how they relate to the case (or draft) at hand. */
	enum Caller {

		ASSIGNED_CASEWORKER("carol", "CASEWORKER"), UNASSIGNED_CASEWORKER("chen", "CASEWORKER"),
		BREAK_GLASS_CASEWORKER("dana", "CASEWORKER"), SUPERVISOR("sam", "SUPERVISOR"), AUDITOR("aisha", "AUDITOR"),
		ADMIN("adam", "ADMIN");

		final String username;

		final String role;

		Caller(String username, String role) {
			this.username = username;
			this.role = role;
		}

	}

	enum Expect {

		ALLOWED, NOT_FOUND, DENIED, READ_ONLY

	}

	/** The state a call needs the case in before it is made. */
	enum Prepared {

		OPEN, CLOSURE_REQUESTED, CLOSED,

		/**
		 * Dana, a caseworker not assigned, opened the case by break-glass and explained
		 * why.
		 */
		BREAK_GLASS_OPENED,

		/** Carol, its caseworker, asked for the person's erasure. */
		ERASURE_REQUESTED,

		/** Closed, and the retention period has passed: the supervisors are asked. */
		RETENTION_DUE,

		/** Carol's duplicate check matched the person of a case of Chen's. */
		POSSIBLE_DUPLICATE,

		/**
		 * Another supervisor of the case's team asked the field team, which Sam also
		 * supervises, to take it.
		 */
		TRANSFER_REQUESTED

	}

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	IntakeService intake;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	AssessmentFixtures assessed;

	@Autowired
	ConsentLedger consent;

	@Autowired
	CaseTasks tasks;

	@Autowired
	CarePlans plans;

	@Autowired
	Reports reports;

	@Autowired
	CaseStatistics statistics;

	@Autowired
	ServiceStatistics serviceStatistics;

	@Autowired
	ReferralStatistics referralStatistics;

	@Autowired
	ResearchExport research;

	@Autowired
	ExportJobs exports;

	/** A report file that writes nothing. */
	private static final ReportFile NO_FILE = new ReportFile() {

		@Override
		public String fileName() {
			return "none.csv";
		}

		@Override
		public String contentType() {
			return "text/csv";
		}

		@Override
		public void write(Report report, OutputStream target) {
		}

	};

	/**
	 * Cancels an export and waits until it has ended, so that the next row may start one.
	 */
	private ExportJobId cancelled(ExportJobId started) {
		this.exports.cancel(started);
		for (int poll = 0; poll < 200 && this.exports.status(started)
			.filter(status -> status.state() == ExportState.RUNNING)
			.isPresent(); poll++) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(interrupted);
			}
		}
		return started;
	}

	@Autowired
	AfterCare afterCare;

	@Autowired
	TasksToDo toDo;

	@Autowired
	Assessments assessments;

	@Autowired
	AssessmentPairs pairs;

	@Autowired
	Instruments instruments;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralFixtures referralFixtures;

	@Autowired
	ReferralExchange exchange;

	@Autowired
	UserAccountService accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TeamFixtures teams;

	/** Supervises the main team with Sam, and asks for transfers Sam decides on. */
	static final String SECOND_SUPERVISOR = "matrix-mira";

	static final Expect Y = Expect.ALLOWED;

	static final Expect N = Expect.NOT_FOUND;

	static final Expect D = Expect.DENIED;

	static final Expect R = Expect.READ_ONLY;

	/**
	 * The expected result per caller, in the order of {@link Caller}: assigned,
	 * unassigned, by break-glass, supervisor, auditor, admin.
	 */
	Map<String, Row> matrix() {
		Map<String, Row> rows = new LinkedHashMap<>();
		rows.put("CaseService.myCases",
				row(f -> this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(10)).getContent(), Y, Y, Y, D, D, D));
		rows.put("CaseService.myCasesByStatus", row(f -> this.cases.myCasesByStatus(), Y, Y, Y, D, D, D));
		rows.put("CaseService.open", row(f -> this.cases.open(f.code()), Y, N, Y, D, D, D));
		rows.put("CaseService.revealIdentity", row(f -> this.cases.revealIdentity(f.code()), Y, N, Y, D, D, D));
		rows.put("CaseService.changeSituation",
				row(f -> this.cases.changeSituation(f.code(), f.version(), Situation.NOT_ASKED), Y, N, R, D, D, D));
		rows.put("CaseService.changeNeeds",
				row(f -> this.cases.changeNeeds(f.code(), f.version(), Needs.NOT_ASKED), Y, N, R, D, D, D));
		rows.put("CaseService.changeNonPunishment", row(
				f -> this.cases.changeNonPunishment(f.code(), f.version(), NonPunishment.NOT_ASKED), Y, N, R, D, D, D));
		rows.put("CaseService.scheduleFollowUp",
				row(f -> this.cases.scheduleFollowUp(f.code(), f.version(), LocalDate.now().plusDays(7)), Y, N, R, D, D,
						D));
		rows.put("CaseService.advance",
				row(f -> this.cases.advance(f.code(), f.version(), CaseStatus.ASSESSMENT), Y, N, R, D, D, D));
		rows.put("CaseService.requestClosure",
				row(f -> this.cases.requestClosure(f.code(), f.version(), Closure.Outcome.GOALS_ACHIEVED), Y, N, R, D,
						D, D));
		rows.put("CaseService.reopen", row(Prepared.CLOSED,
				f -> this.cases.reopen(f.code(), f.version(), Closure.ReopenReason.NEW_NEEDS), Y, N, R, D, D, D));
		rows.put("CaseService.notes", row(f -> this.cases.notes(f.code()), Y, N, Y, D, D, D));
		rows.put("CaseService.history", row(f -> this.cases.history(f.code()), Y, N, Y, D, D, D));
		rows.put("CaseService.revealNote", row(f -> this.cases.revealNote(f.code(), f.note()), Y, N, Y, D, D, D));
		rows.put("CaseService.addNote", row(f -> this.cases.addNote(f.code(), "Seen today", false), Y, N, R, D, D, D));
		rows.put("CaseService.requestErasure",
				row(f -> this.cases.requestErasure(f.code(), ErasureReason.NO_LONGER_NEEDED), Y, N, R, D, D, D));
		rows.put("CaseService.breakGlass",
				row(f -> this.cases.breakGlass(f.code(), BreakGlassReason.COVERING_ABSENCE, ""), Y, Y, Y, D, D, D));
		// A note draft is the caller's own typing on a case they may add notes to: none
		// by
		// break-glass, which is read-only.
		rows.put("CaseService.keepNoteDraft", row(f -> {
			this.cases.keepNoteDraft(f.code(), "Half a sentence");
			return true;
		}, Y, N, R, D, D, D));
		rows.put("CaseService.hasNoteDraft", row(f -> this.cases.hasNoteDraft(f.code()), Y, N, Y, D, D, D));
		rows.put("CaseService.noteDraft", row(f -> this.cases.noteDraft(f.code()), Y, N, Y, D, D, D));
		rows.put("CaseSupervision.cases",
				row(f -> this.supervision.cases(SupervisorQuery.all(), PageRequest.ofSize(10)).getContent(), D, D, D, Y,
						D, D));
		rows.put("CaseSupervision.overview", row(f -> this.supervision.overview(f.code()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.caseworkers", row(f -> this.supervision.caseworkers(), D, D, D, Y, D, D));
		rows.put("CaseSupervision.caseworkersFor",
				row(f -> this.supervision.caseworkersFor(f.code()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.transferTargets",
				row(f -> this.supervision.transferTargets(f.code()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.requestTransfer",
				row(f -> this.supervision.requestTransfer(f.code(), this.teams.fieldTeam()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.waitingTransfers", row(f -> this.supervision.waitingTransfers(), D, D, D, Y, D, D));
		rows.put("CaseSupervision.acceptTransfer",
				row(Prepared.TRANSFER_REQUESTED, f -> this.supervision.acceptTransfer(f.transfer()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.refuseTransfer", row(Prepared.TRANSFER_REQUESTED, f -> {
			this.supervision.refuseTransfer(f.transfer());
			return true;
		}, D, D, D, Y, D, D));
		rows.put("CaseSupervision.assign",
				row(f -> this.supervision.assign(f.code(), f.version(), f.carol(), Set.of()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.approveClosure", row(Prepared.CLOSURE_REQUESTED,
				f -> this.supervision.approveClosure(f.code(), f.version()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.approveClosureDespiteConcerns",
				row(Prepared.CLOSURE_REQUESTED, f -> this.supervision.approveClosureDespiteConcerns(f.code(),
						f.version(), Closure.ConcernsOverridden.CONTACT_LOST), D, D, D, Y, D, D));
		rows.put("CaseSupervision.closureConcerns",
				row(f -> this.supervision.closureConcerns(f.code()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.returnClosure", row(Prepared.CLOSURE_REQUESTED,
				f -> this.supervision.returnClosure(f.code(), f.version(), Closure.ReturnReason.OUTCOME_UNCLEAR), D, D,
				D, Y, D, D));
		rows.put("CaseSupervision.breakGlassOpenings",
				row(f -> this.supervision.breakGlassOpenings(PageRequest.ofSize(10)).getContent(), D, D, D, Y, D, D));
		rows.put("CaseSupervision.countBreakGlassToLookAt",
				row(f -> this.supervision.countBreakGlassToLookAt(), D, D, D, Y, D, D));
		rows.put("CaseSupervision.revealBreakGlassExplanation", row(Prepared.BREAK_GLASS_OPENED,
				f -> this.supervision.revealBreakGlassExplanation(f.code(), f.grant()), D, D, D, Y, D, D));
		rows.put("CaseSupervision.endBreakGlass", row(Prepared.BREAK_GLASS_OPENED, f -> {
			this.supervision.endBreakGlass(f.code(), f.grant());
			return true;
		}, D, D, D, Y, D, D));
		rows.put("CaseSupervision.reviewBreakGlass", row(Prepared.BREAK_GLASS_OPENED, f -> {
			this.supervision.reviewBreakGlass(f.code(), f.grant());
			return true;
		}, D, D, D, Y, D, D));
		rows.put("CaseSupervision.erasureRequests",
				row(f -> this.supervision.erasureRequests(PageRequest.ofSize(10)).getContent(), D, D, D, Y, D, D));
		rows.put("CaseSupervision.countErasureRequests",
				row(f -> this.supervision.countErasureRequests(), D, D, D, Y, D, D));
		rows.put("CaseSupervision.approveErasure", row(Prepared.ERASURE_REQUESTED, f -> {
			this.supervision.approveErasure(f.erasure());
			return true;
		}, D, D, D, Y, D, D));
		rows.put("CaseSupervision.refuseErasure", row(Prepared.ERASURE_REQUESTED, f -> {
			this.supervision.refuseErasure(f.erasure());
			return true;
		}, D, D, D, Y, D, D));
		rows.put("CaseSupervision.keepPastRetention", row(Prepared.RETENTION_DUE, f -> {
			this.supervision.keepPastRetention(f.erasure(), RetentionKeepReason.AUDIT_OR_INSPECTION,
					LocalDate.now().plusMonths(6));
			return true;
		}, D, D, D, Y, D, D));
		rows.put("CaseSupervision.possibleDuplicates",
				row(f -> this.supervision.possibleDuplicates(PageRequest.ofSize(10)).getContent(), D, D, D, Y, D, D));
		rows.put("CaseSupervision.countPossibleDuplicates",
				row(f -> this.supervision.countPossibleDuplicates(), D, D, D, Y, D, D));
		rows.put("CaseSupervision.closePossibleDuplicate", row(Prepared.POSSIBLE_DUPLICATE, f -> {
			this.supervision.closePossibleDuplicate(f.followUp());
			return true;
		}, D, D, D, Y, D, D));
		// A draft belongs to the caseworker who started it: break-glass does not reach
		// drafts.
		rows.put("IntakeService.start", row(f -> this.intake.start(), Y, Y, Y, D, D, D));
		rows.put("IntakeService.mine", row(f -> this.intake.mine(), Y, Y, Y, D, D, D));
		rows.put("IntakeService.teams", row(f -> this.intake.teams(), Y, Y, Y, D, D, D));
		rows.put("IntakeService.open", row(f -> this.intake.open(f.draft()), Y, N, N, D, D, D));
		rows.put("IntakeService.save",
				row(f -> this.intake.save(f.draft(), f.draftVersion(), IntakeStep.PROFILE,
						TestIdentities.identity("Amara", "Nwosu", null, null, null), IntakeAnswers.notAskedYet()), Y, N,
						N, D, D, D));
		rows.put("IntakeService.checkDuplicates", row(f -> this.intake.checkDuplicates(f.draft()), Y, N, N, D, D, D));
		rows.put("IntakeService.complete",
				row(f -> this.intake.complete(f.draft(), consented(f), null, null, true), Y, N, N, D, D, D));
		rows.put("IntakeService.discard", row(f -> {
			this.intake.discard(f.draft());
			return true;
		}, Y, N, N, D, D, D));
		rows.put("ConsentLedger.ledger", row(f -> this.consent.ledger(f.code()), Y, N, Y, D, D, D));
		rows.put("ConsentLedger.partnersToShareWith", row(f -> this.consent.partnersToShareWith(), Y, Y, Y, D, D, D));
		rows.put("ConsentLedger.record",
				row(f -> this.consent.record(f.code(), 0,
						TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", LocalDate.now())), Y, N, R, D, D,
						D));
		rows.put("ConsentLedger.withdraw", row(f -> this.consent.withdraw(f.code(),
				ConsentPurpose.INTERVIEW_AND_RECORDING, "", 1, LocalDate.now(), null), Y, N, R, D, D, D));
		rows.put("CaseTasks.tasks", row(f -> this.tasks.tasks(f.code()), Y, N, Y, D, D, D));
		rows.put("CaseTasks.add",
				row(f -> this.tasks.add(f.code(), "Call back", LocalDate.now().plusDays(1)), Y, N, R, D, D, D));
		rows.put("CaseTasks.done", row(f -> this.tasks.done(f.code(), taskOf(f), 0), Y, N, R, D, D, D));
		rows.put("CaseTasks.cancel", row(f -> this.tasks.cancel(f.code(), taskOf(f), 0), Y, N, R, D, D, D));
		rows.put("TasksToDo.mineDueSoon", row(f -> this.toDo.mineDueSoon(), Y, Y, Y, D, D, D));
		rows.put("TasksToDo.escalated", row(f -> this.toDo.escalated(), D, D, D, Y, D, D));
		rows.put("TasksToDo.myAfterCareAhead", row(f -> this.toDo.myAfterCareAhead(), Y, Y, Y, D, D, D));
		rows.put("TasksToDo.myConsentsEnding", row(f -> this.toDo.myConsentsEnding(), Y, Y, Y, D, D, D));
		rows.put("TasksToDo.overdue", row(f -> this.toDo.overdue(), D, D, D, Y, D, D));
		rows.put("CarePlans.plan", row(f -> this.plans.plan(f.code()), Y, N, Y, D, D, D));
		rows.put("CarePlans.addGoal",
				row(f -> this.plans.addGoal(plannable(f), "SAFE_SHELTER", "A bed", true), Y, N, R, D, D, D));
		rows.put("CarePlans.settleGoal",
				row(f -> this.plans.settleGoal(f.code(), goalOf(f), 0, GoalStatus.DROPPED, LocalDate.now()), Y, N, R, D,
						D, D));
		rows.put("CarePlans.addService",
				row(f -> this.plans.addService(f.code(), goalOf(f),
						new NewService("SAFE_ACCOMMODATION", ProvidedBy.IN_HOUSE, null, LocalDate.now(), null)), Y, N,
						R, D, D, D));
		rows.put("CarePlans.updateService", row(f -> this.plans.updateService(f.code(), serviceOf(f), 0,
				new ServiceUpdate(ServiceStatus.IN_PROGRESS, null, null)), Y, N, R, D, D, D));
		rows.put(
				"Reports.read", row(
						f -> this.reports.read(ReportKind.PERSONS_ASSISTED,
								new ReportPeriod(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 31))),
						D, D, D, Y, D, D));
		rows.put("CaseStatistics.openBetween",
				row(f -> this.statistics.openBetween(Instant.EPOCH, Instant.EPOCH, Set.of(this.teams.mainTeam())), D, D,
						D, Y, D, D));
		rows.put("ServiceStatistics.servicesOf", row(f -> this.serviceStatistics.servicesOf(List.of(UUID.randomUUID()),
				LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)), D, D, D, Y, D, D));
		rows.put("ReferralStatistics.referralsOf",
				row(f -> this.referralStatistics.referralsOf(List.of(UUID.randomUUID()), LocalDate.of(2000, 1, 1),
						LocalDate.of(2100, 1, 1)), D, D, D, Y, D, D));
		rows.put("CaseStatistics.registeredBetween",
				row(f -> this.statistics.registeredBetween(Instant.EPOCH, Instant.EPOCH), D, D, D, Y, D, D));
		rows.put("CaseStatistics.hasOrganisationReportScope",
				row(f -> this.statistics.hasOrganisationReportScope(), D, D, D, Y, D, D));
		// Sam holds the organisation's report scope here: a supervisor without it may not
		// release the export
		rows.put("ResearchExport.mayRelease",
				row(f -> this.teams.withOrganisationReportScope("sam", () -> this.research.mayRelease()), D, D, D, Y, D,
						D));
		rows.put("ResearchExport.start", row(f -> this.teams.withOrganisationReportScope("sam", () -> {
			return cancelled(
					this.research.start(new ReportPeriod(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 31))));
		}), D, D, D, Y, D, D));
		rows.put("Reports.startExport",
				row(f -> cancelled(this.reports.startExport(ReportKind.PERSONS_ASSISTED,
						new ReportPeriod(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 31)), NO_FILE)), D, D, D, Y, D,
						D));
		rows.put("ExportJobs.status",
				row(f -> this.exports.status(new ExportJobId(UUID.randomUUID())), D, D, D, Y, D, D));
		rows.put("ExportJobs.cancel",
				row(f -> this.exports.cancel(new ExportJobId(UUID.randomUUID())), D, D, D, Y, D, D));
		rows.put("ExportJobs.download",
				row(f -> this.exports.download(new ExportJobId(UUID.randomUUID())), D, D, D, Y, D, D));
		rows.put("CarePlans.standing", row(f -> this.plans.standing(f.code()), D, D, D, Y, D, D));
		rows.put("AfterCare.checks", row(f -> this.afterCare.checks(f.code()), Y, N, Y, D, D, D));
		rows.put("AfterCare.record", row(
				f -> this.afterCare.record(f.code(), followUpTaskOf(f), 0, new NewAfterCareCheck(LocalDate.now(), false,
						null, SafetyNow.SAFE, ScreenAnswer.NO, ScreenAnswer.NO, ScreenAnswer.NO, List.of(), null)),
				Y, N, R, D, D, D));
		rows.put("AfterCare.recordFollowUp", row(f -> {
			consentToFollowUpContact(f);
			return this.afterCare.recordFollowUp(f.code(),
					new NewAfterCareCheck(LocalDate.now(), true, ContactChannel.PHONE, SafetyNow.SAFE, ScreenAnswer.NO,
							ScreenAnswer.NO, ScreenAnswer.NO, List.of(), null));
		}, Y, N, R, D, D, D));
		rows.put("Assessments.administrations", row(f -> this.assessments.administrations(f.code()), Y, N, Y, D, D, D));
		rows.put("Assessments.record", row(f -> {
			consentToCaseManagement(f);
			return this.assessments.record(f.code(),
					AssessmentsTests.outcomes(AdministrationKind.BASELINE, LocalDate.now(), 3));
		}, Y, N, R, D, D, D));
		rows.put("AssessmentPairs.pairs", row(f -> this.pairs.pairs(AssessmentsTests.OUTCOMES_1), D, D, D, Y, D, D));
		rows.put("Instruments.published", row(f -> this.instruments.published(), Y, Y, Y, Y, D, Y));
		rows.put("Instruments.draft",
				row(f -> this.instruments.draft(InstrumentVersion.RE_TRAFFICKING_SCREEN), D, D, D, D, D, Y));
		rows.put("Instruments.startDraft", row(f -> {
			publishScreenDraft();
			return this.instruments.startDraft(InstrumentVersion.RE_TRAFFICKING_SCREEN);
		}, D, D, D, D, D, Y));
		rows.put("Instruments.editDraft", row(f -> {
			screenDraft();
			return this.instruments.editDraft(InstrumentVersion.RE_TRAFFICKING_SCREEN, "NO_SAFE_INCOME",
					Instrument.LABEL, "en", "Is the person without a safe income?");
		}, D, D, D, D, D, Y));
		rows.put("Instruments.publish", row(f -> {
			screenDraft();
			return this.instruments.publish(InstrumentVersion.RE_TRAFFICKING_SCREEN);
		}, D, D, D, D, D, Y));
		rows.put("Instruments.retire", row(f -> {
			InstrumentVersion published = TestSecurity.asAdministrator(() -> {
				screenDraft();
				return this.instruments.publish(InstrumentVersion.RE_TRAFFICKING_SCREEN);
			});
			this.instruments.retire(published);
			return published;
		}, D, D, D, D, D, Y));
		rows.put("Referrals.referrals", row(f -> this.referrals.referrals(f.code()), Y, N, Y, D, D, D));
		rows.put("Referrals.draft", row(f -> {
			UUID service = this.referralFixtures.shelterToArrange(f.code());
			UUID partner = this.referralFixtures.shelterWithAgreement("Shelter " + UUID.randomUUID()).id();
			return this.referrals.draft(f.code(), service, new NewReferral(partner,
					ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.ROUTINE, PackageChoice.NOTHING));
		}, Y, N, R, D, D, D));
		rows.put("Referrals.preview",
				row(f -> this.referrals.preview(f.code(), draftReferral(f).id()), Y, N, R, D, D, D));
		rows.put("Referrals.send", row(f -> {
			Referral draft = draftReferral(f);
			return this.referrals.send(f.code(), draft.id(), draft.version(),
					this.referrals.preview(f.code(), draft.id()).hash());
		}, Y, N, R, D, D, D));
		rows.put("Referrals.sentPackage",
				row(f -> this.referrals.sentPackage(f.code(), sentReferral(f).id()), Y, N, Y, D, D, D));
		rows.put("Referrals.printableForm",
				row(f -> this.referrals.printableForm(f.code(), sentReferral(f).id(), key -> key), Y, N, Y, D, D, D));
		rows.put("Referrals.recordAnswer", row(f -> {
			Referral sent = sentReferral(f);
			return this.referrals.recordAnswer(f.code(), sent.id(), sent.version(),
					new ReferralAnswer(ReferralStatus.ACKNOWLEDGED, null, LocalDate.now()));
		}, Y, N, R, D, D, D));
		rows.put("Referrals.withdraw", row(f -> {
			Referral sent = sentReferral(f);
			return this.referrals.withdraw(f.code(), sent.id(), sent.version());
		}, Y, N, R, D, D, D));
		rows.put("Referrals.overrideConsent", row(
				f -> this.referrals.overrideConsent(f.code(), draftReferral(f).id(), OverrideReason.VITAL_INTERESTS), D,
				D, D, Y, D, D));
		rows.put("Referrals.standing", row(f -> this.referrals.standing(f.code()), D, D, D, Y, D, D));
		rows.put("Referrals.overrides",
				row(f -> this.referrals.overrides(PageRequest.ofSize(10)).getContent(), D, D, D, Y, D, D));
		rows.put("ReferralExchange.referralFile",
				row(f -> this.exchange.referralFile(f.code(), this.referralFixtures.sentToHavenOn(f.code()).id()), Y, N,
						R, D, D, D));
		rows.put("ReferralExchange.revocationFile", row(f -> {
			Referral sent = this.referralFixtures.sentToHavenOn(f.code());
			TestSecurity.as("carol", "CASEWORKER", () -> this.referrals.withdraw(f.code(), sent.id(), sent.version()));
			return this.exchange.revocationFile(f.code(), sent.id());
		}, Y, N, R, D, D, D));
		return rows;
	}

	/** Carol records the person's consent to case management, which assessments need. */
	private void consentToCaseManagement(Fixture fixture) {
		TestSecurity.as("carol", "CASEWORKER", () -> this.consent.record(fixture.code(), 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", LocalDate.now())));
	}

	/** A draft of the screen's next version, started by an administrator if none is. */
	private void screenDraft() {
		TestSecurity.asAdministrator(() -> this.instruments.draft(InstrumentVersion.RE_TRAFFICKING_SCREEN)
			.orElseGet(() -> this.instruments.startDraft(InstrumentVersion.RE_TRAFFICKING_SCREEN)));
	}

	/** No draft of the screen left: an administrator publishes the one there is. */
	private void publishScreenDraft() {
		TestSecurity.asAdministrator(() -> this.instruments.draft(InstrumentVersion.RE_TRAFFICKING_SCREEN)
			.map(draft -> this.instruments.publish(InstrumentVersion.RE_TRAFFICKING_SCREEN))
			.orElse(null));
	}

	/** A referral Carol drafted on the case, to a shelter she may share with. */
	private Referral draftReferral(Fixture fixture) {
		return this.referralFixtures.draftOn(fixture.code());
	}

	/** A referral Carol sent on the case. */
	private Referral sentReferral(Fixture fixture) {
		return this.referralFixtures.sentOn(fixture.code());
	}

	/**
	 * A follow-up due on the open case, for Carol, with the person's consent to follow-up
	 * contact: written as scheduling the case's next follow-up would.
	 */
	private UUID followUpTaskOf(Fixture fixture) {
		consentToFollowUpContact(fixture);
		UUID task = UUID.randomUUID();
		this.jdbc.update("""
				insert into care_task (id, case_id, case_code, kind, due_on, assigned_to, status, created_by,
				created_at, version)
				select ?, id, code, 'FOLLOW_UP', current_date, ?, 'OPEN', ?, now(), 0
				from case_file where code = ?""", task, fixture.carol(), fixture.carol(), fixture.code().value());
		return task;
	}

	private void consentToFollowUpContact(Fixture fixture) {
		TestSecurity.as("carol", "CASEWORKER", () -> this.consent.record(fixture.code(), 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", LocalDate.now())));
	}

	/**
	 * Carol, the case's caseworker, records the person's need of shelter and their
	 * consent to case management: a plan may then be made.
	 */
	private CaseCode plannable(Fixture fixture) {
		TestSecurity.as("carol", "CASEWORKER", () -> {
			this.cases.changeNeeds(fixture.code(), this.cases.open(fixture.code()).version(),
					new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.LOW));
			return this.consent.record(fixture.code(), 0,
					TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", LocalDate.now()));
		});
		return fixture.code();
	}

	/** A goal Carol set on the case. */
	private UUID goalOf(Fixture fixture) {
		return TestSecurity.as("carol", "CASEWORKER",
				() -> this.plans.addGoal(plannable(fixture), "SAFE_SHELTER", "A bed", true).id());
	}

	/** A service Carol arranged for a goal of the case. */
	private UUID serviceOf(Fixture fixture) {
		UUID goal = goalOf(fixture);
		return TestSecurity.as("carol", "CASEWORKER",
				() -> this.plans
					.addService(fixture.code(), goal,
							new NewService("SAFE_ACCOMMODATION", ProvidedBy.IN_HOUSE, null, LocalDate.now(), null))
					.id());
	}

	/** A task Carol, the case's caseworker, wrote down on it. */
	private UUID taskOf(Fixture fixture) {
		return TestSecurity.as("carol", "CASEWORKER",
				() -> this.tasks.add(fixture.code(), "Ask about the hearing", LocalDate.now().plusDays(1)).id());
	}

	@BeforeEach
	void aThirdCaseworkerAndASecondSupervisorOfTheMainTeamExist() {
		if (this.directory.idOf("dana").isEmpty()) {
			TestSecurity.asAdministrator(() -> this.accounts.createAccount(
					new NewUserAccount("dana", "Dana Duty", Set.of(Role.CASEWORKER), "Night-shift-cover-2026!")));
		}
		if (this.directory.idOf(SECOND_SUPERVISOR).isEmpty()) {
			TestSecurity.asAdministrator(() -> this.accounts.createAccount(new NewUserAccount(SECOND_SUPERVISOR,
					"Mira Matrix", Set.of(Role.SUPERVISOR), "Second-supervisor-matrix-2026!")));
			this.teams.supervisorOfMainTeam(SECOND_SUPERVISOR);
		}
	}

	@Test
	void every_public_method_of_the_case_services_has_a_row() {
		assertThat(matrix().keySet()).as("rows of the access matrix").isEqualTo(publicMethods());
	}

	@Test
	void every_caller_gets_what_the_matrix_says_and_every_refusal_is_recorded() {
		for (Map.Entry<String, Row> row : matrix().entrySet()) {
			for (Caller caller : Caller.values()) {
				Fixture fixture = prepare(row.getValue().prepared(), caller);
				Expect expected = row.getValue().expected().get(caller);
				String what = row.getKey() + " by " + caller;
				long before = lastAuditSeq();
				Function<Fixture, Object> call = row.getValue().call();
				switch (expected) {
					case ALLOWED -> TestSecurity.as(caller.username, caller.role, () -> call.apply(fixture));
					case DENIED -> assertThatThrownBy(
							() -> TestSecurity.as(caller.username, caller.role, () -> call.apply(fixture)))
						.as(what)
						.isInstanceOf(AccessDeniedException.class);
					case NOT_FOUND -> {
						assertThatThrownBy(
								() -> TestSecurity.as(caller.username, caller.role, () -> call.apply(fixture)))
							.as(what)
							.isInstanceOf(NotFoundException.class);
						assertThat(refusalsAfter(before)).as("denied events of " + what).isPositive();
					}
					case READ_ONLY -> {
						assertThatThrownBy(
								() -> TestSecurity.as(caller.username, caller.role, () -> call.apply(fixture)))
							.as(what)
							.isInstanceOfSatisfying(InvalidInputException.class,
									refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
										.containsExactly("case.break-glass.read-only"));
						assertThat(refusalsAfter(before)).as("denied events of " + what).isPositive();
					}
					default -> fail("unexpected " + expected);
				}
			}
		}
	}

	@Test
	void a_case_the_caseworker_may_not_see_looks_exactly_like_a_missing_one() {
		Fixture fixture = prepare(Prepared.OPEN, Caller.UNASSIGNED_CASEWORKER);
		CaseCode missing = CaseCode.random();

		Throwable forbidden = catchCall(
				() -> TestSecurity.as("chen", "CASEWORKER", () -> this.cases.open(fixture.code())));
		Throwable absent = catchCall(() -> TestSecurity.as("chen", "CASEWORKER", () -> this.cases.open(missing)));

		assertThat(forbidden).isInstanceOf(NotFoundException.class).hasMessage(absent.getMessage());
		assertThat(forbidden.getClass()).isEqualTo(absent.getClass());
	}

	@Test
	void a_caseworker_lists_only_the_cases_assigned_to_them() {
		Fixture fixture = prepare(Prepared.OPEN, Caller.UNASSIGNED_CASEWORKER);

		List<CaseCode> carols = TestSecurity.as("carol", "CASEWORKER",
				() -> this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(500))
					.getContent()
					.stream()
					.map(CaseSummary::code)
					.toList());
		List<CaseCode> chens = TestSecurity.as("chen", "CASEWORKER",
				() -> this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(500))
					.getContent()
					.stream()
					.map(CaseSummary::code)
					.toList());

		assertThat(carols).contains(fixture.code());
		assertThat(chens).doesNotContain(fixture.code());
	}

	private long consented(Fixture fixture) {
		return this.intake.save(fixture.draft(), fixture.draftVersion(), IntakeStep.REVIEW,
				TestIdentities.identity("Chidi", "Okafor", null, null, null),
				new IntakeAnswers(true, null, null, null, null));
	}

	private Fixture prepare(Prepared prepared, Caller caller) {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.identity("Uche", "Ibe", null, null, null));
		UUID note = this.fixtures.noteBy("carol", code, "Met at the shelter", true);
		if (prepared != Prepared.OPEN) {
			this.assessed.assessedAtBaselineAndEndline("carol", code);
			long version = this.fixtures.open("carol", code).version();
			TestSecurity.as("carol", "CASEWORKER",
					() -> this.cases.requestClosure(code, version, Closure.Outcome.GOALS_ACHIEVED));
		}
		if (prepared == Prepared.CLOSED || prepared == Prepared.RETENTION_DUE) {
			long version = TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.overview(code)).version();
			TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.approveClosure(code, version));
		}
		if (caller == Caller.BREAK_GLASS_CASEWORKER || prepared == Prepared.BREAK_GLASS_OPENED) {
			TestSecurity.as("dana", "CASEWORKER",
					() -> this.cases.breakGlass(code, BreakGlassReason.OTHER, "The person came in at night"));
		}
		UUID grant = prepared != Prepared.BREAK_GLASS_OPENED ? null : this.fixtures.openingOf(code).id();
		UUID erasure = null;
		if (prepared == Prepared.ERASURE_REQUESTED) {
			this.fixtures.erasureAskedBy("carol", code, ErasureReason.RECORDED_IN_ERROR);
			erasure = this.fixtures.waitingErasure("sam", code);
		}
		if (prepared == Prepared.RETENTION_DUE) {
			this.fixtures.retentionReviewedAfter(Duration.ofDays(1));
			erasure = this.fixtures.waitingErasure("sam", code);
		}
		UUID followUp = prepared == Prepared.POSSIBLE_DUPLICATE ? possibleDuplicate() : null;
		UUID transfer = prepared != Prepared.TRANSFER_REQUESTED ? null : TestSecurity.as(SECOND_SUPERVISOR,
				"SUPERVISOR", () -> this.supervision.requestTransfer(code, this.teams.fieldTeam()));
		long version = TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.overview(code)).version();
		DraftId draft = this.fixtures.draftOf("carol", TestIdentities.identity("Obi", "Nnamdi", null, null, null));
		return new Fixture(code, version, note, draft, 1, this.directory.idOf("carol").orElseThrow(), grant, erasure,
				followUp, transfer);
	}

	/**
	 * Carol checks an intake whose phone number is that of a person of Chen's: a
	 * follow-up opens.
	 */
	private UUID possibleDuplicate() {
		String phone = "+234 809 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
		CaseCode chens = this.fixtures.takenInBy("chen", TestIdentities.identity("Ada", "Eze", null, phone, null));
		DraftId draft = this.fixtures.draftOf("carol", TestIdentities.identity("Ada", "Eze", null, phone, null));
		TestSecurity.as("carol", "CASEWORKER", () -> this.intake.checkDuplicates(draft));
		return TestSecurity
			.as("sam", "SUPERVISOR", () -> this.supervision.possibleDuplicates(PageRequest.ofSize(50)).getContent())
			.stream()
			.filter(followUp -> followUp.cases().contains(chens))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long lastAuditSeq() {
		return AuditRefusals.lastSeq(this.jdbc);
	}

	private long refusalsAfter(long seq) {
		return AuditRefusals.after(this.jdbc, seq);
	}

	private static Throwable catchCall(Runnable call) {
		try {
			call.run();
			return null;
		}
		catch (RuntimeException thrown) {
			return thrown;
		}
	}

	private static Set<String> publicMethods() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
		return Stream
			.of("org.haven.casefile", "org.haven.consent", "org.haven.assistance", "org.haven.reporting",
					"org.haven.assessment", "org.haven.referral")
			.flatMap(modulePackage -> scanner.findCandidateComponents(modulePackage).stream())
			.map(definition -> {
				try {
					return Class.forName(definition.getBeanClassName());
				}
				catch (ClassNotFoundException ex) {
					throw new IllegalStateException(ex);
				}
			})
			// the referrals a caseworker received belong to no case yet:
			// IncomingReferralsTests
			// holds their table
			.filter(service -> service != IncomingReferrals.class)
			.flatMap(service -> Arrays.stream(service.getDeclaredMethods())
				.filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
				.map(Method::getName)
				.map(name -> service.getSimpleName() + "." + name))
			.collect(Collectors.toSet());
	}

	private static Row row(Function<Fixture, Object> call, Expect... expected) {
		return row(Prepared.OPEN, call, expected);
	}

	private static Row row(Prepared prepared, Function<Fixture, Object> call, Expect... expected) {
		Map<Caller, Expect> byCaller = new EnumMap<>(Caller.class);
		for (Caller caller : Caller.values()) {
			byCaller.put(caller, expected[caller.ordinal()]);
		}
		return new Row(prepared, call, byCaller);
	}

	record Row(Prepared prepared, Function<Fixture, Object> call, Map<Caller, Expect> expected) {
	}

	record Fixture(CaseCode code, long version, UUID note, DraftId draft, long draftVersion, UUID carol, UUID grant,
			UUID erasure, UUID followUp, UUID transfer) {
	}

}
