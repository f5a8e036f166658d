package org.haven.casefile;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.access.AccountDirectory;
import org.haven.organisation.TeamFixtures;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Cases and persons made the way caseworkers make them: through a completed intake, which
 * assigns the caseworker; and changed the way supervisors change them. Tests get access
 * to a person only so, by the production rule.
 */
@Component
public class CaseFixtures {

	/** The demo supervisor, who assigns cases in these fixtures. */
	static final String SUPERVISOR = "sam";

	private final IntakeService intake;

	private final CaseService cases;

	private final CaseSupervision supervision;

	private final AccountDirectory accounts;

	private final RetentionReview retention;

	private final RetentionPeriods retentionPeriods;

	/**
	 * Looked up when used: a context that runs a command has the production clock only.
	 */
	private final ObjectProvider<TestClock> clock;

	private final TeamFixtures teams;

	private final CaseFileRepository files;

	CaseFixtures(IntakeService intake, CaseService cases, CaseSupervision supervision, AccountDirectory accounts,
			RetentionReview retention, RetentionPeriods retentionPeriods, ObjectProvider<TestClock> clock,
			TeamFixtures teams, CaseFileRepository files) {
		this.teams = teams;
		this.files = files;
		this.retention = retention;
		this.retentionPeriods = retentionPeriods;
		this.clock = clock;
		this.intake = intake;
		this.cases = cases;
		this.supervision = supervision;
		this.accounts = accounts;
	}

	/**
	 * A new person and case, taken in by the caseworker, who becomes its primary: in the
	 * main team when she is one of its members, in her only team otherwise.
	 */
	public CaseCode takenInBy(String caseworker, Identity identity) {
		return takenInBy(caseworker, identity, Profile.notAskedYet());
	}

	/** As {@link #takenInBy(String, Identity)}, with the person's profile. */
	public CaseCode takenInBy(String caseworker, Identity identity, Profile profile) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> {
			DraftId draft = this.intake.start();
			long version = this.intake.save(draft, 0, IntakeStep.REVIEW, identity, TestIntakes.withConsent(profile));
			return this.intake.complete(draft, version, intakeTeamOf(caseworker), null, true);
		});
	}

	/**
	 * Another case for the person of {@code code}, taken in by the caseworker, who works
	 * on that case already.
	 */
	public CaseCode samePersonAs(String caseworker, CaseCode code) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> {
			DraftId draft = this.intake.start();
			long version = this.intake.save(draft, 0, IntakeStep.REVIEW, TestIdentities.named("Same", "Person"),
					TestIntakes.withConsent(Profile.notAskedYet()));
			return this.intake.complete(draft, version, intakeTeamOf(caseworker), code, true);
		});
	}

	/**
	 * The caseworker asks to close the case and the demo supervisor approves, despite the
	 * closure gate's concerns where it has any (a case of these fixtures has no baseline
	 * assessment).
	 */
	public void closedBy(String caseworker, CaseCode code, Closure.Outcome outcome) {
		long version = open(caseworker, code).version();
		TestSecurity.as(caseworker, "CASEWORKER", () -> this.cases.requestClosure(code, version, outcome));
		TestSecurity.as(SUPERVISOR, "SUPERVISOR", () -> this.supervision.approveClosureDespiteConcerns(code,
				this.supervision.overview(code).version(), Closure.ConcernsOverridden.PERSON_DECLINED_ASSESSMENT));
	}

	/**
	 * The daily retention review, run as if the retention period and {@code later} had
	 * passed since now; returns how many persons it asked about.
	 */
	public int retentionReviewedAfter(Duration later) {
		return afterRetentionPeriod(later, this.retention::apply);
	}

	/**
	 * Runs {@code step} as if the retention period and {@code later} had passed since
	 * now.
	 */
	public <T> T afterRetentionPeriod(Duration later, Supplier<T> step) {
		TestClock now = this.clock.getObject();
		Duration period = Duration.between(now.instant(),
				now.instant().atZone(ZoneOffset.UTC).plus(this.retentionPeriods.afterClosure()).toInstant());
		return now.after(period.plus(later), step);
	}

	/** The person of a new case taken in by the caseworker. */
	public PersonCode personTakenInBy(String caseworker, Identity identity, Profile profile) {
		return personOf(caseworker, takenInBy(caseworker, identity, profile));
	}

	/** The person of the case, as one of its caseworkers sees it. */
	public PersonCode personOf(String caseworker, CaseCode code) {
		return open(caseworker, code).person();
	}

	/** A draft of the caseworker's with the identity typed in. */
	public DraftId draftOf(String caseworker, Identity identity) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> {
			DraftId draft = this.intake.start();
			this.intake.save(draft, 0, IntakeStep.IDENTITY, identity, IntakeAnswers.notAskedYet());
			return draft;
		});
	}

	/**
	 * The intake's duplicate check of a new draft of the caseworker's with this identity.
	 */
	public DuplicateCheck duplicatesFor(String caseworker, Identity identity) {
		DraftId draft = draftOf(caseworker, identity);
		return TestSecurity.as(caseworker, "CASEWORKER", () -> this.intake.checkDuplicates(draft));
	}

	public UUID noteBy(String caseworker, CaseCode code, String text, boolean extraSensitive) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> this.cases.addNote(code, text, extraSensitive));
	}

	public CaseDetails open(String caseworker, CaseCode code) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> this.cases.open(code));
	}

	/**
	 * The demo supervisor makes {@code primary} the case's only caseworker, after an
	 * administrator made them a member of the case's team.
	 */
	public void reassign(CaseCode code, String primary) {
		memberOfTheTeamOf(code, primary);
		TestSecurity.as(SUPERVISOR, "SUPERVISOR", () -> this.supervision.assign(code,
				this.supervision.overview(code).version(), this.accounts.idOf(primary).orElseThrow(), Set.of()));
	}

	/** An administrator makes the caseworker a member of the case's team. */
	public void memberOfTheTeamOf(CaseCode code, String caseworker) {
		this.teams.member(this.files.findByCode(code.value()).orElseThrow().teamId(), caseworker);
	}

	/**
	 * The team a fixture's intake chooses: the main team for its members, whom other
	 * tests may have put in more teams; none, so her only team, for anyone else.
	 */
	private UUID intakeTeamOf(String caseworker) {
		return this.teams.inMainTeam(caseworker) ? this.teams.mainTeam() : null;
	}

	/** The caseworker opens the case by break-glass, for an emergency they name. */
	public CaseDetails breakGlass(String caseworker, CaseCode code) {
		return TestSecurity.as(caseworker, "CASEWORKER",
				() -> this.cases.breakGlass(code, BreakGlassReason.IMMEDIATE_SAFETY_RISK, ""));
	}

	/**
	 * The supervisor approves the erasure asked for on the case, which erases the person.
	 */
	public void erasureApprovedBy(String supervisor, CaseCode code) {
		TestSecurity.as(supervisor, "SUPERVISOR", () -> {
			this.supervision.approveErasure(waitingErasure(supervisor, code));
			return null;
		});
	}

	/** The id of the erasure waiting for a decision on the case. */
	public UUID waitingErasure(String supervisor, CaseCode code) {
		return TestSecurity
			.as(supervisor, "SUPERVISOR", () -> this.supervision.erasureRequests(PageRequest.ofSize(500)).getContent())
			.stream()
			.filter(request -> request.code().equals(code))
			.map(ErasureRequestRecord::id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no erasure waiting on " + code));
	}

	/** The latest break-glass opening of the case, as the demo supervisor lists it. */
	public BreakGlassRecord openingOf(CaseCode code) {
		return TestSecurity
			.as(SUPERVISOR, "SUPERVISOR",
					() -> this.supervision.breakGlassOpenings(PageRequest.ofSize(500)).getContent())
			.stream()
			.filter(opening -> opening.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no break-glass opening of " + code));
	}

	/** The caseworker asks for the person of the case to be erased. */
	public CaseDetails erasureAskedBy(String caseworker, CaseCode code, ErasureReason reason) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> this.cases.requestErasure(code, reason));
	}

}
