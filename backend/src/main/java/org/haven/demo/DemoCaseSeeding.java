package org.haven.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.haven.access.Role;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.InstrumentVersion;
import org.haven.assessment.ItemAnswer;
import org.haven.assessment.NewAdministration;
import org.haven.assessment.RiskLevel;
import org.haven.assistance.CarePlans;
import org.haven.assistance.Goal;
import org.haven.assistance.NewService;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ProvidedBy;
import org.haven.assistance.ServiceStatus;
import org.haven.assistance.ServiceUpdate;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.consent.ChildAssent;
import org.haven.consent.ConsentGiver;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentMethod;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.InformedOf;
import org.haven.consent.LegalBasis;
import org.haven.consent.NewConsent;
import org.haven.consent.PartnerScope;
import org.haven.partner.DataSharingAgreement;
import org.haven.partner.Eligibility;
import org.haven.partner.NewPartner;
import org.haven.partner.OrganisationType;
import org.haven.partner.Partner;
import org.haven.partner.PartnerDirectory;
import org.haven.referral.AnswerReason;
import org.haven.referral.PackageChoice;
import org.haven.referral.NewReferral;
import org.haven.referral.Referral;
import org.haven.referral.ReferralAnswer;
import org.haven.referral.ReferralReason;
import org.haven.referral.ReferralStatus;
import org.haven.referral.Referrals;
import org.haven.referral.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Makes the invented cases of {@link DemoStories} through Haven's own services, as the
 * caseworkers, the supervisor and the administrator of the plan would, each step on the
 * day of its story ({@link Backdating}): identities are encrypted and indexed, every step
 * is in the audit trail and the histories, every rule is checked. Counts how far it got
 * after each case ({@link DemoSeedings}), so that a seeding interrupted resumes with the
 * next case, and one finished never runs again.
 */
@Component
@ConditionalOnBooleanProperty("haven.demo")
@Profile("!keycloak")
class DemoCaseSeeding {

	static final InstrumentVersion OUTCOMES = new InstrumentVersion(InstrumentVersion.REINTEGRATION_OUTCOMES, 1);

	static final List<String> DOMAINS = List.of("SAFETY", "GENDER_RELATED_RISK", "PHYSICAL_HEALTH",
			"MENTAL_AND_EMOTIONAL_WELLBEING", "SHELTER_AND_BASIC_NEEDS", "ECONOMIC", "SOCIAL_CONNECTIONS",
			"LEGAL_AND_JUSTICE", "HOUSEHOLD_RISK", "COMMUNITY_RISK");

	/** The demo partners, each offering one of the services referred out. */
	static final Map<String, String> PARTNERS = Map.of("SAFE_ACCOMMODATION", "Demo Shelter (invented)", "MEDICAL_CARE",
			"Demo Clinic (invented)", "LEGAL_ASSISTANCE", "Demo Legal Aid (invented)", "PSYCHOSOCIAL_COUNSELLING",
			"Demo Counselling Centre (invented)");

	private static final PackageChoice CODED = new PackageChoice(true, true, Set.of(), Set.of("exploitationForms"),
			true);

	private static final String INVENTED = "Invented for the demonstration";

	private final IntakeService intake;

	private final CaseService cases;

	private final CaseSupervision supervision;

	private final ConsentLedger consent;

	private final CarePlans plans;

	private final Referrals referrals;

	private final PartnerDirectory directory;

	private final Assessments assessments;

	private final DemoSeedings seedings;

	private final Clock clock;

	DemoCaseSeeding(IntakeService intake, CaseService cases, CaseSupervision supervision, ConsentLedger consent,
			CarePlans plans, Referrals referrals, PartnerDirectory directory, Assessments assessments,
			DemoSeedings seedings, Clock clock) {
		this.intake = intake;
		this.cases = cases;
		this.supervision = supervision;
		this.consent = consent;
		this.plans = plans;
		this.referrals = referrals;
		this.directory = directory;
		this.assessments = assessments;
		this.seedings = seedings;
		this.clock = clock;
	}

	/**
	 * Who makes how many cases: the caseworkers take them in in turn (each case goes to
	 * its caseworker's team), the supervisor of their teams decides on closures, the
	 * administrator adds the demo partners.
	 */
	record Plan(String name, int cases, List<String> caseworkers, String supervisor, String administrator, long seed) {

		Plan {
			caseworkers = List.copyOf(caseworkers);
		}

	}

	/**
	 * Seeds what the plan still lacks, until done or {@code stopping} says so; returns
	 * how many cases this call made.
	 */
	int seed(Plan plan, Backdating backdating, BooleanSupplier stopping) {
		if (this.seedings.progress(plan.name()).map(DemoSeedings.Progress::finished).orElse(false)) {
			return 0;
		}
		this.seedings.started(plan.name(), plan.cases());
		DemoSeedings.Progress progress = this.seedings.progress(plan.name()).orElseThrow();
		Instant now = progress.startedAt();
		Map<String, UUID> partners = partners(plan, now, backdating);
		DemoStories stories = new DemoStories(plan.seed(), plan.caseworkers().size());
		int made = 0;
		for (int index = progress.seeded(); index < plan.cases(); index++) {
			if (stopping.getAsBoolean()) {
				return made;
			}
			seed(plan, stories.story(index, now), now, partners, backdating);
			made++;
			this.seedings.seeded(plan.name(), index + 1);
		}
		this.seedings.finished(plan.name());
		return made;
	}

	private Map<String, UUID> partners(Plan plan, Instant now, Backdating backdating) {
		Instant added = now.minus(DemoStories.SPAN).minus(Duration.ofDays(10));
		return backdating.at(added, () -> as(plan.administrator(), Role.ADMIN, () -> {
			Map<String, UUID> byName = new HashMap<>();
			this.directory.partners().forEach(partner -> byName.put(partner.name(), partner.id()));
			Map<String, UUID> byService = new HashMap<>();
			PARTNERS.forEach((service, name) -> byService.put(service,
					byName.computeIfAbsent(name, missing -> added(missing, service, DemoStories.day(added)))));
			return byService;
		}));
	}

	private UUID added(String name, String service, LocalDate today) {
		Partner partner = this.directory.add(new NewPartner(name, OrganisationType.NGO, "GB", "Demo town",
				List.of("en"), Set.of(service), Eligibility.EVERYONE, "demo-partner@example.org",
				new DataSharingAgreement(today.minusYears(1), today.plusYears(6), "DSA-DEMO"), null));
		return partner.id();
	}

	private void seed(Plan plan, DemoStory story, Instant now, Map<String, UUID> partners, Backdating backdating) {
		String caseworker = plan.caseworkers().get(story.caseworker());
		Steps steps = new Steps(story, now, backdating, caseworker);
		CaseCode code = steps.asCaseworker(Duration.ZERO, () -> takenIn(story));
		Instant ends = story.closure() == null ? now : story.after(story.closure().requested());
		steps.asCaseworker(Duration.ofMinutes(10), () -> consented(code, story));
		advance(steps, code, story, ends);
		if (story.baseline() != null) {
			steps.asCaseworker(story.baseline(),
					() -> assessed(code, story, AdministrationKind.BASELINE, steps.day(story.baseline())));
		}
		Map<DemoStory.Service, UUID> planned = new LinkedHashMap<>();
		for (DemoStory.Service service : story.services()) {
			UUID id = steps.asCaseworker(service.requested(),
					() -> planned(code, service, steps.day(service.requested())));
			if (id != null) {
				planned.put(service, id);
			}
		}
		referred(steps, code, story, planned, partners, ends);
		for (Map.Entry<DemoStory.Service, UUID> service : planned.entrySet()) {
			Duration settled = service.getKey().settled();
			if (story.after(settled).isBefore(ends)) {
				steps.asCaseworker(settled,
						() -> settled(code, service.getValue(), service.getKey(), steps.day(settled)));
			}
		}
		if (story.endline() != null && story.after(story.endline()).isBefore(now)) {
			steps.asCaseworker(story.endline(),
					() -> assessed(code, story, AdministrationKind.ENDLINE, steps.day(story.endline())));
		}
		if (story.closure() != null) {
			DemoStory.Closing closing = story.closure();
			steps.asCaseworker(closing.requested(),
					() -> this.cases.requestClosure(code, this.cases.open(code).version(), closing.outcome()));
			Duration decided = closing.requested().plus(Duration.ofDays(2));
			if (story.approved() && story.after(decided).isBefore(now)) {
				steps.as(plan.supervisor(), Role.SUPERVISOR, decided, () -> closed(code, closing.outcome()));
			}
		}
	}

	private CaseCode takenIn(DemoStory story) {
		DraftId draft = this.intake.start();
		long version = this.intake.save(draft, 0, IntakeStep.REVIEW, story.identity(),
				new IntakeAnswers(true, story.profile(), story.situation(), story.needs(), story.nonPunishment()));
		return this.intake.complete(draft, version, null, null, true);
	}

	private Object consented(CaseCode code, DemoStory story) {
		LocalDate on = DemoStories.day(story.intake());
		boolean minor = story.profile().ageBand().isMinor();
		if (story.consents().caseManagement()) {
			this.consent.record(code, 0, consent(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", on, minor));
		}
		if (story.consents().statistics()) {
			this.consent.record(code, 0, consent(ConsentPurpose.ANONYMISED_STATISTICS, "", on, minor));
		}
		if (story.consents().research()) {
			this.consent.record(code, 0, consent(ConsentPurpose.RESEARCH_DEIDENTIFIED_EXPORT, "", on, minor));
		}
		return code;
	}

	private static NewConsent consent(ConsentPurpose purpose, String scope, LocalDate on, boolean minor) {
		return new NewConsent(purpose, scope, LegalBasis.CONSENT,
				minor ? ConsentGiver.PARENT_OR_GUARDIAN : ConsentGiver.SELF,
				minor ? ChildAssent.ASSENTED : ChildAssent.NOT_A_CHILD, ConsentMethod.VERBAL, "demo-notice", "en",
				false, EnumSet.allOf(InformedOf.class), on, null);
	}

	/** The case moves on a step at a time, up to where its story reached. */
	private void advance(Steps steps, CaseCode code, DemoStory story, Instant ends) {
		List<CaseStatus> path = List.of(CaseStatus.ASSESSMENT, CaseStatus.ACTIVE_ASSISTANCE,
				CaseStatus.REINTEGRATION_FOLLOW_UP);
		List<Duration> after = List.of(Duration.ofDays(1), Duration.ofDays(20), Duration.ofDays(100));
		for (int step = 0; step < path.size() && path.get(step).ordinal() <= story.reached().ordinal(); step++) {
			if (!story.after(after.get(step)).isBefore(ends)) {
				return;
			}
			CaseStatus next = path.get(step);
			steps.asCaseworker(after.get(step), () -> this.cases.advance(code, this.cases.open(code).version(), next));
		}
	}

	private Object assessed(CaseCode code, DemoStory story, AdministrationKind kind, LocalDate on) {
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		for (String domain : DOMAINS) {
			answers.put(domain,
					ItemAnswer.scored(DemoStories.score(story, domain, kind == AdministrationKind.ENDLINE), INVENTED));
		}
		return this.assessments.record(code, new NewAdministration(OUTCOMES, kind, on,
				kind == AdministrationKind.BASELINE ? RiskLevel.HIGH : RiskLevel.MEDIUM, answers));
	}

	private UUID planned(CaseCode code, DemoStory.Service service, LocalDate on) {
		Goal goal = this.plans.addGoal(code, service.need(), INVENTED, true);
		PlannedService planned = this.plans.addService(code, goal.id(),
				new NewService(service.type(), service.byPartner() ? ProvidedBy.PARTNER : ProvidedBy.IN_HOUSE,
						service.byPartner() ? "Demo partner" : "Demo in-house team", on, on.plusDays(30)));
		return planned.id();
	}

	private Object settled(CaseCode code, UUID service, DemoStory.Service story, LocalDate on) {
		PlannedService current = this.plans.plan(code)
			.stream()
			.flatMap(need -> need.goals().stream())
			.flatMap(goal -> goal.services().stream())
			.filter(planned -> planned.id().equals(service))
			.findFirst()
			.orElseThrow();
		if (!current.status().stillDue()) {
			return current;
		}
		return this.plans.updateService(code, service, current.version(), new ServiceUpdate(story.settledAs(),
				story.settledAs() == ServiceStatus.DELIVERED ? on : null, INVENTED));
	}

	/** The first partner-provided service goes to the demo partner offering it. */
	private void referred(Steps steps, CaseCode code, DemoStory story, Map<DemoStory.Service, UUID> planned,
			Map<String, UUID> partners, Instant ends) {
		DemoStory.Referral referral = story.referral();
		if (referral == null) {
			return;
		}
		Map.Entry<DemoStory.Service, UUID> service = planned.entrySet()
			.stream()
			.filter(entry -> entry.getKey().byPartner())
			.findFirst()
			.orElse(null);
		if (service == null) {
			return;
		}
		UUID partner = partners.get(service.getKey().type());
		Duration sent = service.getKey().requested().plus(referral.sent());
		Referral made = steps.asCaseworker(sent, () -> {
			this.consent.record(code, 0, consent(ConsentPurpose.SHARE_WITH_PARTNER, PartnerScope.of(partner),
					steps.day(sent), story.profile().ageBand().isMinor()));
			Referral draft = this.referrals.draft(code, service.getValue(),
					new NewReferral(partner, ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.ROUTINE, CODED));
			return this.referrals.send(code, draft.id(), draft.version(),
					this.referrals.preview(code, draft.id()).hash());
		});
		if (made == null) {
			return;
		}
		long version = made.version();
		for (DemoStory.Answer answer : referral.answers()) {
			Duration on = sent.plus(answer.after());
			if (!story.after(on).isBefore(ends)) {
				return;
			}
			long expected = version;
			Referral answered = steps.asCaseworker(on, () -> this.referrals.recordAnswer(code, made.id(), expected,
					new ReferralAnswer(answer.status(), switch (answer.status()) {
						case DECLINED -> AnswerReason.NO_CAPACITY;
						case NOT_COMPLETED -> AnswerReason.CONTACT_LOST;
						default -> null;
					}, steps.day(on))));
			version = answered.version();
		}
	}

	private Object closed(CaseCode code, Closure.Outcome outcome) {
		long version = this.supervision.overview(code).version();
		if (this.supervision.closureConcerns(code).isEmpty()) {
			return this.supervision.approveClosure(code, version);
		}
		Closure.ConcernsOverridden because = switch (outcome) {
			case CONTACT_LOST -> Closure.ConcernsOverridden.CONTACT_LOST;
			case REFERRED_ELSEWHERE -> Closure.ConcernsOverridden.REFERRED_ELSEWHERE;
			case GOALS_ACHIEVED -> Closure.ConcernsOverridden.NEED_MET_OTHERWISE;
			default -> Closure.ConcernsOverridden.PERSON_DECLINED_ASSESSMENT;
		};
		return this.supervision.approveClosureDespiteConcerns(code, version, because);
	}

	/** The steps of one story, each on its day and as its user. */
	private final class Steps {

		private final DemoStory story;

		private final Instant now;

		private final Backdating backdating;

		private final String caseworker;

		Steps(DemoStory story, Instant now, Backdating backdating, String caseworker) {
			this.story = story;
			this.now = now;
			this.backdating = backdating;
			this.caseworker = caseworker;
		}

		LocalDate day(Duration after) {
			return DemoStories.day(this.story.after(after));
		}

		<T> @Nullable T asCaseworker(Duration after, Supplier<T> step) {
			return as(this.caseworker, Role.CASEWORKER, after, step);
		}

		/** The step, unless its day has not come yet. */
		<T> @Nullable T as(String username, Role role, Duration after, Supplier<T> step) {
			Instant moment = this.story.after(after);
			if (moment.isAfter(this.now)) {
				return null;
			}
			return this.backdating.at(moment, () -> DemoCaseSeeding.as(username, role, step));
		}

	}

	/** Runs the step as that user, then restores whoever the thread ran as. */
	static <T> T as(String username, Role role, Supplier<T> step) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		Authentication user = UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(role.authority()));
		context.setAuthentication(user);
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
