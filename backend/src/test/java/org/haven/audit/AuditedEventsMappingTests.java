package org.haven.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.access.AccountCreated;
import org.haven.access.AccountDisabled;
import org.haven.access.AccountEnabled;
import org.haven.access.AccountRolesChanged;
import org.haven.access.IdentityLinkRejected;
import org.haven.access.IdentityLinked;
import org.haven.access.PasswordChanged;
import org.haven.access.PasswordReset;
import org.haven.access.Role;
import org.haven.access.RolesRefused;
import org.haven.access.SignInFailed;
import org.haven.access.SignInRefused;
import org.haven.access.SignInRefusedException;
import org.haven.access.SignInThrottled;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.AssessmentPairsRead;
import org.haven.assessment.AssessmentRecorded;
import org.haven.assessment.AssessmentsRead;
import org.haven.assessment.InstrumentDraftEdited;
import org.haven.assessment.InstrumentDrafted;
import org.haven.assessment.InstrumentPublished;
import org.haven.assessment.InstrumentRetired;
import org.haven.assessment.InstrumentVersion;
import org.haven.assessment.RiskLevel;
import org.haven.assistance.AfterCareChecked;
import org.haven.assistance.CarePlanRead;
import org.haven.assistance.CaseTasksRead;
import org.haven.assistance.FollowUpContacted;
import org.haven.assistance.GoalAdded;
import org.haven.assistance.GoalSettled;
import org.haven.assistance.GoalStatus;
import org.haven.assistance.ServiceAdded;
import org.haven.assistance.ServiceStatus;
import org.haven.assistance.ServiceUpdated;
import org.haven.assistance.TaskAdded;
import org.haven.assistance.TaskCancellation;
import org.haven.assistance.TaskCancelled;
import org.haven.assistance.TaskDone;
import org.haven.assistance.TaskEscalated;
import org.haven.assistance.TaskKind;
import org.haven.casefile.BreakGlassEnded;
import org.haven.casefile.BreakGlassOpened;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.BreakGlassReviewed;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseCreated;
import org.haven.casefile.CaseKeptPastRetention;
import org.haven.casefile.CaseReopened;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseViewed;
import org.haven.casefile.CaseworkersAssigned;
import org.haven.casefile.Closure;
import org.haven.casefile.ClosureApproved;
import org.haven.casefile.ClosureApprovedDespiteConcerns;
import org.haven.casefile.ClosureConcern;
import org.haven.casefile.ClosureRequested;
import org.haven.casefile.ClosureReturned;
import org.haven.casefile.ErasureApproved;
import org.haven.casefile.ErasureRefused;
import org.haven.casefile.ErasureRequested;
import org.haven.casefile.FollowUpScheduled;
import org.haven.casefile.IntakeDraftsExpired;
import org.haven.casefile.NeedsRecorded;
import org.haven.casefile.NonPunishmentRecorded;
import org.haven.casefile.NoteAdded;
import org.haven.casefile.RetentionKeepReason;
import org.haven.casefile.RetentionReviewDue;
import org.haven.casefile.SituationRecorded;
import org.haven.casefile.StatusAdvanced;
import org.haven.consent.ConsentLedgerRead;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRecorded;
import org.haven.consent.ConsentState;
import org.haven.consent.ConsentWithdrawn;
import org.haven.crypto.KeyRotationStarted;
import org.haven.crypto.KeyVersionChanged;
import org.haven.crypto.KeyVersionDestroyed;
import org.haven.crypto.RotationProgress;
import org.haven.partner.PartnerAdded;
import org.haven.partner.PartnerChanged;
import org.haven.person.DuplicatesChecked;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.IdentityChanged;
import org.haven.person.PersonCode;
import org.haven.person.PersonErased;
import org.haven.person.PersonRegistered;
import org.haven.person.PersonsLookedUp;
import org.haven.person.ProfileChanged;
import org.haven.reference.ReferenceItemAdded;
import org.haven.reference.ReferenceItemReinstated;
import org.haven.reference.ReferenceItemRelabelled;
import org.haven.reference.ReferenceItemRetired;
import org.haven.reference.ReferenceList;
import org.haven.referral.AnswerReason;
import org.haven.referral.ConsentOverridden;
import org.haven.referral.ExchangeKind;
import org.haven.referral.FileRefusal;
import org.haven.referral.IncomingPackageRead;
import org.haven.referral.IncomingReferralAccepted;
import org.haven.referral.IncomingReferralAnswered;
import org.haven.referral.IncomingReferralReceived;
import org.haven.referral.IncomingReferralRecorded;
import org.haven.referral.IncomingReferralRevoked;
import org.haven.referral.OverrideReason;
import org.haven.referral.ReferralAnswered;
import org.haven.referral.ReferralDrafted;
import org.haven.referral.ReferralExpired;
import org.haven.referral.ReferralFileMade;
import org.haven.referral.ReferralFormPrinted;
import org.haven.referral.ReferralFileRefused;
import org.haven.referral.ReferralPreviewed;
import org.haven.referral.ReferralRevoked;
import org.haven.referral.ReferralSent;
import org.haven.referral.ReferralStatus;
import org.haven.referral.ReferralWithdrawn;
import org.haven.referral.ReferralsRead;
import org.haven.shared.AccessRefused;
import org.haven.shared.ReportExportReleased;
import org.haven.shared.ReportProduced;
import org.haven.shared.ResearchExportReleased;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit trail records for each fact that the modules announce: the action, the
 * outcome, the subject, the parts and the reason, exactly as Haven recorded them when one
 * event told of many facts, so that an auditor's history reads the same across the
 * change. One row per kind of event.
 */
@IntegrationTest
class AuditedEventsMappingTests {

	static final InstrumentVersion OUTCOMES_1 = new InstrumentVersion(InstrumentVersion.REINTEGRATION_OUTCOMES, 1);

	static final CaseCode CASE = new CaseCode("C-MAP0-0001");

	static final CaseCode OTHER_CASE = new CaseCode("C-MAP0-0002");

	static final PersonCode PERSON = new PersonCode("P-MAP0-0001");

	static final PersonCode OTHER_PERSON = new PersonCode("P-MAP0-0002");

	static final UUID ACCOUNT = UUID.fromString("00000000-0000-4000-8000-00000000a0a0");

	static final UUID PARTNER = UUID.fromString("00000000-0000-4000-8000-00000000b0b0");

	static final UUID INCOMING = UUID.fromString("00000000-0000-4000-8000-00000000c0c0");

	static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	record Expected(Object event, Action action, Outcome outcome, String subject, List<String> fields, String reason) {

		static Expected allowed(Object event, Action action, String subject, List<String> fields, String reason) {
			return new Expected(event, action, Outcome.ALLOWED, subject, fields, reason);
		}

		@Override
		public String toString() {
			return this.event.getClass().getSimpleName() + " -> " + this.action;
		}

	}

	static Stream<Expected> facts() {
		String c = CASE.value();
		String p = PERSON.value();
		String a = ACCOUNT.toString();
		Set<Role> roles = Set.of(Role.SUPERVISOR, Role.CASEWORKER);
		return Stream.of(Expected.allowed(new CaseCreated(CASE, null), Action.CASE_CREATED, c, List.of(), null),
				Expected.allowed(new CaseCreated(CASE, OTHER_CASE), Action.CASE_CREATED, c, List.of(),
						"same person as " + OTHER_CASE.value()),
				Expected.allowed(new CaseViewed(CASE), Action.CASE_OPENED, c, List.of(), null),
				Expected.allowed(new SituationRecorded(CASE), Action.CASE_CHANGED, c, List.of("situation"), null),
				Expected.allowed(new NeedsRecorded(CASE), Action.CASE_CHANGED, c, List.of("needs"), null),
				Expected.allowed(new NonPunishmentRecorded(CASE), Action.CASE_CHANGED, c, List.of("nonPunishment"),
						null),
				Expected.allowed(new FollowUpScheduled(CASE, LocalDate.of(2026, 2, 3)), Action.CASE_CHANGED, c,
						List.of("nextFollowUpOn"), null),
				Expected.allowed(new StatusAdvanced(CASE), Action.CASE_STATUS_CHANGED, c, List.of(), null),
				Expected.allowed(new ClosureRequested(CASE), Action.CASE_CLOSURE_REQUESTED, c, List.of(), null),
				Expected.allowed(new ClosureApproved(CASE, CaseStatus.REINTEGRATION_FOLLOW_UP, ACCOUNT),
						Action.CASE_CLOSED, c, List.of(), null),
				Expected.allowed(new ClosureReturned(CASE, Closure.ReturnReason.FOLLOW_UP_MISSING),
						Action.CASE_CLOSURE_RETURNED, c, List.of(), "FOLLOW_UP_MISSING"),
				Expected.allowed(new CaseReopened(CASE), Action.CASE_REOPENED, c, List.of(), null),
				Expected.allowed(new CaseworkersAssigned(CASE), Action.CASE_ASSIGNED, c, List.of(), null),
				Expected.allowed(new NoteAdded(CASE, false), Action.CASE_NOTE_ADDED, c, List.of("note"), null),
				Expected.allowed(new NoteAdded(CASE, true), Action.CASE_NOTE_ADDED, c, List.of("extra-sensitive"),
						null),
				Expected.allowed(new BreakGlassOpened(CASE, BreakGlassReason.COVERING_ABSENCE, AT),
						Action.BREAK_GLASS_OPENED, c, List.of(), "COVERING_ABSENCE"),
				Expected.allowed(new BreakGlassEnded(CASE, UUID.randomUUID(), ACCOUNT), Action.BREAK_GLASS_ENDED, c,
						List.of(), "access of " + a),
				Expected.allowed(new BreakGlassReviewed(CASE, UUID.randomUUID(), ACCOUNT), Action.BREAK_GLASS_REVIEWED,
						c, List.of(), "opened by " + a),
				Expected.allowed(new ErasureRequested(CASE, ErasureReason.PERSON_ASKED), Action.ERASURE_REQUESTED, c,
						List.of("identity"), "PERSON_ASKED"),
				Expected.allowed(new ErasureApproved(CASE, ErasureReason.DUPLICATE_RECORD, ACCOUNT),
						Action.ERASURE_APPROVED, c, List.of("identity"), "DUPLICATE_RECORD, asked by " + a),
				Expected.allowed(new ErasureRefused(CASE, ErasureReason.NO_LONGER_NEEDED, ACCOUNT),
						Action.ERASURE_REFUSED, c, List.of("identity"), "NO_LONGER_NEEDED, asked by " + a),
				Expected.allowed(new ErasureApproved(CASE, ErasureReason.RETENTION_PERIOD_ENDED, null),
						Action.ERASURE_APPROVED, c, List.of("identity"), "RETENTION_PERIOD_ENDED"),
				Expected.allowed(new RetentionReviewDue(CASE, LocalDate.of(2031, 2, 3)), Action.RETENTION_REVIEW_DUE, c,
						List.of("identity"), "due since 2031-02-03"),
				Expected.allowed(
						new CaseKeptPastRetention(CASE, RetentionKeepReason.LEGAL_PROCEEDINGS,
								LocalDate.of(2032, 3, 4)),
						Action.CASE_KEPT_PAST_RETENTION, c, List.of("identity"), "LEGAL_PROCEEDINGS until 2032-03-04"),
				Expected.allowed(new IntakeDraftsExpired(3, AT), Action.INTAKE_DRAFTS_EXPIRED, null, List.of(),
						"discarded 3 drafts untouched since 2026-01-02T03:04:05Z"),
				Expected.allowed(new PersonRegistered(PERSON, List.of("givenNames", "phoneNumbers")),
						Action.PERSON_REGISTERED, p, List.of("givenNames", "phoneNumbers"), null),
				Expected.allowed(new IdentityChanged(PERSON), Action.IDENTITY_CHANGED, p, Identity.FIELDS, null),
				Expected.allowed(new ProfileChanged(PERSON), Action.PROFILE_CHANGED, p, List.of(), null),
				Expected.allowed(new PersonErased(PERSON, ErasureReason.PERSON_ASKED), Action.PERSON_ERASED, p,
						Identity.FIELDS, "PERSON_ASKED"),
				Expected.allowed(new PersonsLookedUp(List.of("name"), List.of(PERSON, OTHER_PERSON)),
						Action.PERSONS_SEARCHED, null, List.of("name"), "found 2: " + p + " " + OTHER_PERSON.value()),
				Expected.allowed(new PersonsLookedUp(List.of("phone"), List.of()), Action.PERSONS_SEARCHED, null,
						List.of("phone"), "found 0"),
				Expected.allowed(new DuplicatesChecked(List.of("givenNames"), List.of(PERSON), List.of(PERSON)),
						Action.DUPLICATES_CHECKED, null, List.of("givenNames"), "found 1 (1 outside own cases): " + p),
				Expected.allowed(new DuplicatesChecked(List.of("givenNames"), List.of(PERSON), List.of()),
						Action.DUPLICATES_CHECKED, null, List.of("givenNames"), "found 1: " + p),
				Expected.allowed(new AccountCreated(ACCOUNT, roles), Action.ACCOUNT_CREATED, a, List.of("roles"),
						"roles: CASEWORKER,SUPERVISOR"),
				Expected.allowed(new AccountRolesChanged(ACCOUNT, roles), Action.ACCOUNT_ROLES_CHANGED, a,
						List.of("roles"), "roles: CASEWORKER,SUPERVISOR"),
				Expected.allowed(new AccountDisabled(ACCOUNT, Set.of(Role.AUDITOR)), Action.ACCOUNT_DISABLED, a,
						List.of("roles"), "roles: AUDITOR"),
				Expected.allowed(new AccountEnabled(ACCOUNT, Set.of(Role.AUDITOR)), Action.ACCOUNT_ENABLED, a,
						List.of("roles"), "roles: AUDITOR"),
				Expected.allowed(new PasswordReset(ACCOUNT, Set.of(Role.ADMIN)), Action.PASSWORD_RESET, a,
						List.of("roles"), "roles: ADMIN"),
				Expected.allowed(new PasswordChanged(ACCOUNT, Set.of(Role.ADMIN)), Action.PASSWORD_CHANGED, a,
						List.of("roles"), "roles: ADMIN"),
				Expected.allowed(new IdentityLinked(ACCOUNT), Action.ACCOUNT_LINKED, a, List.of(), null),
				Expected.allowed(new IdentityLinkRejected(ACCOUNT), Action.ACCOUNT_LINK_REJECTED, a, List.of(), null),
				new Expected(new RolesRefused(ACCOUNT, Set.of(Role.ADMIN, Role.CASEWORKER), "admin-and-casework"),
						Action.ACCOUNT_ROLES_REFUSED, Outcome.DENIED, a, List.of(),
						"admin-and-casework; roles: ADMIN,CASEWORKER"),
				new Expected(new SignInFailed(ACCOUNT), Action.SIGN_IN_FAILED, Outcome.FAILED, a, List.of(),
						"wrong password"),
				new Expected(new SignInFailed(null), Action.SIGN_IN_FAILED, Outcome.FAILED, null, List.of(),
						"wrong password"),
				new Expected(new SignInThrottled(ACCOUNT), Action.SIGN_IN_FAILED, Outcome.DENIED, a, List.of(),
						"throttled"),
				new Expected(new SignInRefused(ACCOUNT, SignInRefusedException.Reason.NO_ROLE), Action.SIGN_IN_FAILED,
						Outcome.DENIED, a, List.of(), "no-role"),
				Expected.allowed(
						new ReportProduced("PERSONS_ASSISTED", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 5),
						Action.REPORT_READ, null, List.of("report:PERSONS_ASSISTED"), "2026-01-01..2026-12-31, k=5"),
				Expected.allowed(
						new ReportExportReleased("PERSONS_ASSISTED", LocalDate.of(2026, 1, 1),
								LocalDate.of(2026, 12, 31), 11, "cd34"),
						Action.REPORT_EXPORTED, null, List.of("report:PERSONS_ASSISTED"),
						"2026-01-01..2026-12-31, k=11, sha256=cd34"),
				Expected.allowed(
						new ResearchExportReleased(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 40, 12,
								"ab12"),
						Action.RESEARCH_EXPORT_RELEASED, null, List.of("report:RESEARCH_DEIDENTIFIED_EXPORT"),
						"2026-01-01..2026-12-31, k=12, rows=40, sha256=ab12"),
				Expected.allowed(new KeyRotationStarted(RotationProgress.Keyset.MASTER, 0x1fL),
						Action.KEY_ROTATION_STARTED, "MASTER:1f", List.of(), null),
				Expected.allowed(new KeyVersionDestroyed(RotationProgress.Keyset.BLIND_INDEX, 0xabL),
						Action.KEY_VERSION_DESTROYED, "BLIND_INDEX:ab", List.of(), null),
				Expected.allowed(
						new KeyVersionChanged("AUDIT_SIGNING", 0xcdL, KeyVersionChanged.State.RETIRED,
								KeyVersionChanged.State.ACTIVE),
						Action.KEY_VERSION_CHANGED, "AUDIT_SIGNING:cd", List.of(), "RETIRED, was ACTIVE"),
				Expected.allowed(new KeyVersionChanged("MASTER", 0x2aL, KeyVersionChanged.State.PRIMARY, null),
						Action.KEY_VERSION_CHANGED, "MASTER:2a", List.of(), "PRIMARY, first recorded"),
				Expected.allowed(new ReferenceItemAdded(ReferenceList.ACTS, "X_ONE"), Action.REFERENCE_LIST_CHANGED,
						"ACTS", List.of("list", "code"), "X_ONE added"),
				Expected.allowed(new ReferenceItemRelabelled(ReferenceList.MEANS, "X_ONE"),
						Action.REFERENCE_LIST_CHANGED, "MEANS", List.of("list", "code"), "X_ONE relabelled"),
				Expected.allowed(new ReferenceItemRetired(ReferenceList.SECTORS, "X_ONE"),
						Action.REFERENCE_LIST_CHANGED, "SECTORS", List.of("list", "code"), "X_ONE retired"),
				Expected.allowed(new ReferenceItemReinstated(ReferenceList.SECTORS, "X_ONE"),
						Action.REFERENCE_LIST_CHANGED, "SECTORS", List.of("list", "code"), "X_ONE reinstated"),
				Expected.allowed(new ConsentRecorded(CASE, ConsentPurpose.FOLLOW_UP_CONTACT, "", 2, null),
						Action.CONSENT_RECORDED, c, List.of("consent:FOLLOW_UP_CONTACT"), "version 2"),
				Expected.allowed(
						new ConsentWithdrawn(CASE, ConsentPurpose.SHARE_WITH_PARTNER, "Shelter", 3,
								LocalDate.of(2026, 1, 2)),
						Action.CONSENT_WITHDRAWN, c, List.of("consent:SHARE_WITH_PARTNER"),
						"version 3 from 2026-01-02"),
				Expected.allowed(new ConsentLedgerRead(CASE), Action.CONSENT_LEDGER_READ, c, List.of("consent"), null),
				Expected.allowed(new TaskAdded(CASE, TaskKind.FOLLOW_UP), Action.TASK_ADDED, c,
						List.of("task:FOLLOW_UP"), null),
				Expected.allowed(new TaskDone(CASE, TaskKind.BY_HAND), Action.TASK_DONE, c, List.of("task:BY_HAND"),
						null),
				Expected.allowed(new TaskCancelled(CASE, TaskKind.FOLLOW_UP, TaskCancellation.CONSENT_WITHDRAWN),
						Action.TASK_CANCELLED, c, List.of("task:FOLLOW_UP"), "CONSENT_WITHDRAWN"),
				Expected.allowed(new TaskEscalated(CASE, TaskKind.BY_HAND), Action.TASK_ESCALATED, c,
						List.of("task:BY_HAND"), null),
				Expected.allowed(new CaseTasksRead(CASE), Action.CASE_TASKS_READ, c, List.of("tasks"), null),
				Expected.allowed(new CarePlanRead(CASE), Action.CARE_PLAN_READ, c, List.of("care-plan"), null),
				Expected.allowed(new AfterCareChecked(CASE, true), Action.AFTER_CARE_CHECKED, c, List.of("after-care"),
						"risk found"),
				Expected.allowed(new FollowUpContacted(CASE, false, false), Action.FOLLOW_UP_CONTACT_RECORDED, c,
						List.of("follow-up"), "not reached, no risk found"),
				Expected.allowed(new GoalAdded(CASE, "SAFE_SHELTER"), Action.GOAL_ADDED, c,
						List.of("goal:SAFE_SHELTER"), null),
				Expected.allowed(new GoalSettled(CASE, "SAFE_SHELTER", GoalStatus.MET), Action.GOAL_SETTLED, c,
						List.of("goal:SAFE_SHELTER"), "MET"),
				Expected.allowed(new ServiceAdded(CASE, "MEDICAL_CARE"), Action.SERVICE_ADDED, c,
						List.of("service:MEDICAL_CARE"), null),
				Expected.allowed(new ServiceUpdated(CASE, "MEDICAL_CARE", ServiceStatus.DELIVERED),
						Action.SERVICE_UPDATED, c, List.of("service:MEDICAL_CARE"), "DELIVERED"),
				Expected.allowed(new AssessmentsRead(CASE), Action.ASSESSMENTS_READ, c, List.of("assessments"), null),
				Expected.allowed(new AssessmentRecorded(CASE, OUTCOMES_1, AdministrationKind.BASELINE, RiskLevel.HIGH),
						Action.ASSESSMENT_RECORDED, c, List.of("assessment:REINTEGRATION_OUTCOMES 1"),
						"BASELINE, HIGH"),
				Expected.allowed(new InstrumentDrafted(OUTCOMES_1), Action.INSTRUMENT_DRAFTED,
						"REINTEGRATION_OUTCOMES:1", List.of(), null),
				Expected.allowed(new InstrumentDraftEdited(OUTCOMES_1, "SAFETY", "score-1", "fr"),
						Action.INSTRUMENT_DRAFT_EDITED, "REINTEGRATION_OUTCOMES:1", List.of("SAFETY:score-1"), "fr"),
				Expected.allowed(new InstrumentPublished(OUTCOMES_1), Action.INSTRUMENT_PUBLISHED,
						"REINTEGRATION_OUTCOMES:1", List.of(), null),
				Expected.allowed(new InstrumentRetired(OUTCOMES_1), Action.INSTRUMENT_RETIRED,
						"REINTEGRATION_OUTCOMES:1", List.of(), null),
				Expected.allowed(new AssessmentPairsRead(OUTCOMES_1, 12), Action.ASSESSMENT_PAIRS_READ,
						"REINTEGRATION_OUTCOMES:1", List.of(), "12 persons"),
				Expected.allowed(
						new ClosureApprovedDespiteConcerns(CASE,
								List.of(ClosureConcern.ENDLINE_MISSING, ClosureConcern.LOW_SCORE_WITHOUT_GOAL),
								Closure.ConcernsOverridden.CONTACT_LOST),
						Action.CASE_CLOSURE_CONCERNS_OVERRIDDEN, c, List.of(),
						"CONTACT_LOST despite ENDLINE_MISSING, LOW_SCORE_WITHOUT_GOAL"),
				Expected.allowed(new PartnerAdded(PARTNER, true), Action.PARTNER_ADDED, PARTNER.toString(), List.of(),
						"agreement live"),
				Expected.allowed(new PartnerChanged(PARTNER, false), Action.PARTNER_CHANGED, PARTNER.toString(),
						List.of(), "no live agreement"),
				Expected.allowed(new ReferralsRead(CASE), Action.REFERRALS_READ, c, List.of("referral"), null),
				Expected.allowed(new ReferralDrafted(CASE, PARTNER), Action.REFERRAL_DRAFTED, c, List.of("referral"),
						"to partner " + PARTNER),
				Expected.allowed(new ReferralPreviewed(CASE, PARTNER, List.of("caseCode", "identity:givenNames")),
						Action.REFERRAL_PREVIEWED, c, List.of("caseCode", "identity:givenNames"),
						"to partner " + PARTNER),
				Expected.allowed(new ReferralSent(CASE, PARTNER, "ab12", List.of("profile"), false),
						Action.REFERRAL_SENT, c, List.of("profile"), "to partner " + PARTNER + ", package sha256 ab12"),
				Expected.allowed(new ReferralSent(CASE, PARTNER, "ab12", List.of("profile"), true),
						Action.REFERRAL_SENT, c, List.of("profile"),
						"to partner " + PARTNER + ", package sha256 ab12, consent overridden"),
				Expected.allowed(new ReferralAnswered(CASE, PARTNER, ReferralStatus.DECLINED, AnswerReason.NO_CAPACITY),
						Action.REFERRAL_ANSWERED, c, List.of("referral"), "DECLINED NO_CAPACITY"),
				Expected.allowed(new ReferralAnswered(CASE, PARTNER, ReferralStatus.ACCEPTED, null),
						Action.REFERRAL_ANSWERED, c, List.of("referral"), "ACCEPTED"),
				Expected.allowed(new ReferralWithdrawn(CASE, PARTNER), Action.REFERRAL_WITHDRAWN, c,
						List.of("referral"), "to partner " + PARTNER),
				Expected.allowed(new ReferralRevoked(CASE, PARTNER, ConsentState.EXPIRED), Action.REFERRAL_REVOKED, c,
						List.of("referral"), "to partner " + PARTNER + ", consent EXPIRED"),
				Expected.allowed(new ReferralExpired(CASE, PARTNER), Action.REFERRAL_EXPIRED, c, List.of("referral"),
						"to partner " + PARTNER),
				Expected.allowed(new ConsentOverridden(CASE, PARTNER, OverrideReason.VITAL_INTERESTS),
						Action.REFERRAL_CONSENT_OVERRIDDEN, c, List.of("referral"),
						"VITAL_INTERESTS, to partner " + PARTNER),
				Expected.allowed(new ReferralFormPrinted(CASE, PARTNER, "ab12", List.of("caseCode")),
						Action.REFERRAL_FORM_PRINTED, c, List.of("caseCode"), "package sha256 ab12"),
				Expected.allowed(new ReferralFileMade(CASE, PARTNER, ExchangeKind.REFERRAL), Action.REFERRAL_FILE_MADE,
						c, List.of("referral"), "REFERRAL to partner " + PARTNER),
				Expected.allowed(new IncomingReferralReceived(INCOMING, PARTNER, List.of("IDENTITY:givenNames")),
						Action.INCOMING_REFERRAL_RECEIVED, INCOMING.toString(), List.of("IDENTITY:givenNames"),
						"from partner " + PARTNER),
				Expected.allowed(new IncomingReferralRecorded(INCOMING), Action.INCOMING_REFERRAL_RECORDED,
						INCOMING.toString(), List.of("incoming-referral"), "by hand"),
				Expected.allowed(new IncomingPackageRead(INCOMING), Action.INCOMING_REFERRAL_READ, INCOMING.toString(),
						List.of("incoming-referral"), null),
				Expected.allowed(new IncomingReferralAccepted(INCOMING), Action.INCOMING_REFERRAL_ACCEPTED,
						INCOMING.toString(), List.of("incoming-referral"), "intake started"),
				Expected.allowed(
						new IncomingReferralAnswered(INCOMING, ReferralStatus.DECLINED,
								AnswerReason.OUTSIDE_CATCHMENT_AREA),
						Action.INCOMING_REFERRAL_ANSWERED, INCOMING.toString(), List.of("incoming-referral"),
						"DECLINED OUTSIDE_CATCHMENT_AREA"),
				Expected.allowed(new IncomingReferralRevoked(INCOMING), Action.INCOMING_REFERRAL_REVOKED,
						INCOMING.toString(), List.of("incoming-referral"), "revoked by the referring partner"),
				new Expected(new ReferralFileRefused(FileRefusal.REPLAYED), Action.REFERRAL_FILE_REFUSED,
						Outcome.DENIED, null, List.of(), "REPLAYED"),
				new Expected(new AccessRefused("case:open", CASE), Action.ACCESS_REFUSED, Outcome.DENIED, c, List.of(),
						"case:open"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("facts")
	void each_fact_is_recorded_as_before(Expected expected) {
		long before = AuditTestSupport.lastSeq(this.jdbc);
		TestSecurity.as("carol", "CASEWORKER", () -> this.transactions.execute(status -> {
			this.events.publishEvent(expected.event());
			return null;
		}));
		assertThat(AuditTestSupport.eventsAfter(this.jdbc, before)).singleElement().satisfies(recorded -> {
			assertThat(recorded.action()).isEqualTo(expected.action().name());
			assertThat(recorded.outcome()).isEqualTo(expected.outcome());
			assertThat(recorded.subjectId()).isEqualTo(expected.subject());
			assertThat(recorded.fields()).isEqualTo(expected.fields());
			assertThat(recorded.reason()).isEqualTo(expected.reason());
		});
	}

}
