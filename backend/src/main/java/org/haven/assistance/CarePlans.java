package org.haven.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.haven.access.AccountDirectory;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.platform.Days;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's care plan as one chain: each need of the person, the goals agreed for it, the
 * services that answer each goal, and what came of them. Read by whoever may work on the
 * case; changed by its assigned caseworkers, and only while the person's consent to case
 * management and services is live. Descriptions and outcomes are encrypted under the
 * case's data key; every read and change is recorded in the audit trail.
 */
@Service
@Transactional
public class CarePlans {

	static final String PLAN_PART = "care plan part";

	static final int MAX_DESCRIPTION_LENGTH = 1000;

	static final int MAX_PROVIDER_LENGTH = 200;

	static final int MAX_OUTCOME_LENGTH = 2000;

	private static final String CASEWORKER = "hasRole('" + Roles.CASEWORKER + "')";

	private final GoalEntries goals;

	private final ServiceEntries services;

	private final CaseWork cases;

	private final ConsentCheck consent;

	private final ReferenceData reference;

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CarePlans(GoalEntries goals, ServiceEntries services, CaseWork cases, ConsentCheck consent, ReferenceData reference,
			FieldEncryption encryption, AccountDirectory accounts, Clock clock, ApplicationEventPublisher events) {
		this.goals = goals;
		this.services = services;
		this.cases = cases;
		this.consent = consent;
		this.reference = reference;
		this.encryption = encryption;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The plan, need by need: the needs recorded on the case first, in their order, each
	 * with its goals and their services; then needs whose goals outlived their record.
	 */
	@PreAuthorize(CASEWORKER)
	public List<PlannedNeed> plan(CaseCode code) {
		WorkedCase worked = this.cases.forReading(code, "care-plan:read");
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		Map<String, List<Goal>> goalsByNeed = chain(worked, entry -> service(entry, cipher),
				(entry, services) -> goal(entry, cipher, services));
		this.events.publishEvent(new CarePlanRead(worked.code()));
		return goalsByNeed.entrySet()
			.stream()
			.map(need -> new PlannedNeed(need.getKey(), worked.needs().contains(need.getKey()), need.getValue()))
			.toList();
	}

	/**
	 * Where the plan stands, for a supervisor: the same chain by codes, statuses and
	 * dates, without a word of free text. The read is recorded like a caseworker's.
	 */
	@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
	public CarePlanStanding standing(CaseCode code) {
		WorkedCase worked = this.cases.forSupervision(code, "care-plan:standing");
		Map<String, List<CarePlanStanding.GoalStanding>> goalsByNeed = chain(worked,
				entry -> new CarePlanStanding.ServiceStanding(entry.type(), entry.providedBy(), entry.requestedOn(),
						entry.dueBy(), entry.status(), entry.deliveredOn()),
				(entry, services) -> new CarePlanStanding.GoalStanding(entry.agreedWithPerson(), entry.status(),
						entry.statusOn(), services));
		this.events.publishEvent(new CarePlanRead(worked.code()));
		return new CarePlanStanding(goalsByNeed.entrySet()
			.stream()
			.map(need -> new CarePlanStanding.Need(need.getKey(), worked.needs().contains(need.getKey()),
					need.getValue()))
			.toList());
	}

	/**
	 * A goal for one of the case's recorded needs, and whether the person helped set it.
	 */
	@PreAuthorize(CASEWORKER)
	public Goal addGoal(CaseCode code, String need, String description, boolean agreedWithPerson) {
		WorkedCase worked = forChange(code, "care-plan:add-goal");
		Problems problems = new Problems();
		if (need == null || !worked.needs().contains(need)) {
			problems.add("need", "care.goal.need-unknown");
		}
		String checked = problems.lines("description", description, MAX_DESCRIPTION_LENGTH, true);
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		GoalEntry saved = this.goals.saveAndFlush(new GoalEntry(id, worked.id(), need,
				cipher.encrypt(GoalEntry.descriptionField(id), checked), agreedWithPerson, me(), this.clock.instant()));
		this.events.publishEvent(new GoalAdded(worked.code(), need));
		return goal(saved, cipher, List.of());
	}

	/**
	 * How the goal went (met, partly met, not met, dropped) and on which day; or open
	 * again.
	 */
	@PreAuthorize(CASEWORKER)
	public Goal settleGoal(CaseCode code, UUID goal, long expectedVersion, GoalStatus status, LocalDate on) {
		WorkedCase worked = forChange(code, "care-plan:settle-goal");
		GoalEntry entry = goalOf(worked, goal, "goal");
		if (entry.version() != expectedVersion) {
			throw new ConflictException(PLAN_PART);
		}
		Problems problems = new Problems();
		if (status == null) {
			problems.add("status", "validation.required");
		}
		else if (status != GoalStatus.OPEN) {
			requirePastDay(problems, "statusOn", on);
		}
		problems.throwIfAny();
		entry.settle(status, on);
		GoalEntry saved = this.goals.saveAndFlush(entry);
		this.events.publishEvent(new GoalSettled(worked.code(), saved.need(), status));
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		return goal(saved, cipher,
				this.services.findOfCase(worked.id())
					.stream()
					.filter(service -> service.goalId().equals(saved.id()))
					.map(service -> service(service, cipher))
					.toList());
	}

	/** A service arranged for a goal of this case. */
	@PreAuthorize(CASEWORKER)
	public PlannedService addService(CaseCode code, UUID goal, NewService service) {
		WorkedCase worked = forChange(code, "care-plan:add-service");
		GoalEntry forGoal = goalOf(worked, goal, "goal");
		Problems problems = new Problems();
		if (service.type() == null || service.type().isBlank()) {
			problems.add("type", "validation.required");
		}
		else if (!this.reference.isOffered(ReferenceList.SERVICE_TYPES, service.type())) {
			problems.add("type", "validation.invalid");
		}
		if (service.providedBy() == null) {
			problems.add("providedBy", "validation.required");
		}
		String provider = problems.text("provider", service.provider(), MAX_PROVIDER_LENGTH,
				service.providedBy() == ProvidedBy.PARTNER);
		requirePastDay(problems, "requestedOn", service.requestedOn());
		if (service.dueBy() != null && service.requestedOn() != null
				&& service.dueBy().isBefore(service.requestedOn())) {
			problems.add("dueBy", "care.service.due-before-requested");
		}
		problems.throwIfAny();
		NewService checked = new NewService(service.type(), service.providedBy(),
				provider == null || provider.isEmpty() ? null : provider, service.requestedOn(), service.dueBy());
		ServiceEntry saved = this.services.saveAndFlush(new ServiceEntry(UUID.randomUUID(), worked.id(), worked.code(),
				forGoal.id(), checked, me(), this.clock.instant()));
		this.events.publishEvent(new ServiceAdded(worked.code(), saved.type()));
		return service(saved, this.encryption.cipherFor(worked.id()));
	}

	/** Where the service now stands, when it was delivered, and what came of it. */
	@PreAuthorize(CASEWORKER)
	public PlannedService updateService(CaseCode code, UUID service, long expectedVersion, ServiceUpdate update) {
		WorkedCase worked = forChange(code, "care-plan:update-service");
		ServiceEntry entry = this.services.findById(service)
			.filter(found -> found.caseId().equals(worked.id()))
			.orElseThrow(() -> new NotFoundException(PLAN_PART));
		if (entry.version() != expectedVersion) {
			throw new ConflictException(PLAN_PART);
		}
		Problems problems = new Problems();
		if (update.status() == null) {
			problems.add("status", "validation.required");
		}
		else if (update.status() == ServiceStatus.DELIVERED) {
			if (update.deliveredOn() == null) {
				problems.add("deliveredOn", "care.service.delivered-on.required");
			}
			else if (update.deliveredOn().isBefore(entry.requestedOn())) {
				problems.add("deliveredOn", "care.service.delivered-on.before-requested");
			}
			else if (update.deliveredOn().isAfter(today())) {
				problems.add("deliveredOn", "care.date.future");
			}
		}
		String outcome = problems.lines("outcome", update.outcome(), MAX_OUTCOME_LENGTH, false);
		problems.throwIfAny();
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		entry.update(update.status(), update.deliveredOn(), outcome == null || outcome.isEmpty() ? null
				: cipher.encrypt(ServiceEntry.outcomeField(entry.id()), outcome));
		ServiceEntry saved = this.services.saveAndFlush(entry);
		this.events.publishEvent(new ServiceUpdated(worked.code(), saved.type(), saved.status()));
		return service(saved, cipher);
	}

	/** The case for a change of its plan, which needs consent to case management. */
	private WorkedCase forChange(CaseCode code, String action) {
		WorkedCase worked = this.cases.forChange(code, action);
		this.consent.requireFor(worked, ConsentPurpose.CASE_MANAGEMENT_SERVICES, "");
		return worked;
	}

	/**
	 * The goal, when it is one of this case's; otherwise a problem on the given field.
	 */
	private GoalEntry goalOf(WorkedCase worked, UUID goal, String field) {
		return this.goals.findById(goal)
			.filter(found -> found.caseId().equals(worked.id()))
			.orElseThrow(() -> new InvalidInputException(Problem.of(field, "care.goal.not-found")));
	}

	private void requirePastDay(Problems problems, String field, LocalDate day) {
		if (day == null) {
			problems.add(field, "validation.required");
		}
		else if (day.isAfter(today())) {
			problems.add(field, "care.date.future");
		}
	}

	private static Goal goal(GoalEntry entry, OwnerCipher cipher, List<PlannedService> services) {
		return new Goal(entry.id(), entry.need(),
				cipher.decrypt(GoalEntry.descriptionField(entry.id()), entry.description()), entry.agreedWithPerson(),
				entry.status(), entry.statusOn(), entry.version(), services);
	}

	/**
	 * The case's goals by need, each with its services, as the caller shapes them: the
	 * needs recorded on the case first, in their order, then needs whose goals outlived
	 * their record.
	 */
	private <S, G> Map<String, List<G>> chain(WorkedCase worked, Function<ServiceEntry, S> service,
			BiFunction<GoalEntry, List<S>, G> goal) {
		Map<UUID, List<S>> servicesByGoal = new LinkedHashMap<>();
		for (ServiceEntry entry : this.services.findOfCase(worked.id())) {
			servicesByGoal.computeIfAbsent(entry.goalId(), id -> new ArrayList<>()).add(service.apply(entry));
		}
		Map<String, List<G>> goalsByNeed = new LinkedHashMap<>();
		worked.needs().forEach(need -> goalsByNeed.put(need, new ArrayList<>()));
		for (GoalEntry entry : this.goals.findByCaseIdOrderByCreatedAt(worked.id())) {
			goalsByNeed.computeIfAbsent(entry.need(), need -> new ArrayList<>())
				.add(goal.apply(entry, servicesByGoal.getOrDefault(entry.id(), List.of())));
		}
		return goalsByNeed;
	}

	private static PlannedService service(ServiceEntry entry, OwnerCipher cipher) {
		String outcome = entry.outcome() == null ? null
				: cipher.decrypt(ServiceEntry.outcomeField(entry.id()), entry.outcome());
		return new PlannedService(entry.id(), entry.goalId(), entry.type(), entry.providedBy(), entry.provider(),
				entry.requestedOn(), entry.dueBy(), entry.status(), entry.deliveredOn(), outcome, entry.version());
	}

	private UUID me() {
		return this.accounts.signedInAccount();
	}

	private LocalDate today() {
		return Days.today(this.clock);
	}

}
