package org.haven.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.haven.assistance.ServiceStatus;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.Closure;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.person.Identity;
import org.haven.person.Profile;
import org.haven.referral.ReferralStatus;
import org.jspecify.annotations.Nullable;

/**
 * One invented case from intake to where it stands today: who it is (an obviously made-up
 * name), what they told at intake, what they consented to, the services, the referral,
 * the assessments and how the case ends, each on its day.
 *
 * @param caseworker index into the seeding's caseworkers
 * @param reached how far the open case went, or where the closing case stood
 * @param closure when the caseworker asked to close, with what outcome; {@code null}
 * while the case runs
 * @param approved whether the supervisor approved the closure (else it waits)
 */
record DemoStory(int index, int caseworker, Instant intake, Identity identity, Profile profile, Situation situation,
		Needs needs, NonPunishment nonPunishment, Consents consents, List<Service> services,
		@Nullable Referral referral, @Nullable Duration baseline, @Nullable Duration endline, CaseStatus reached,
		@Nullable Closing closure, boolean approved) {

	Instant after(Duration duration) {
		return this.intake.plus(duration);
	}

	record Consents(boolean caseManagement, boolean statistics, boolean research) {
	}

	/**
	 * A service of the care plan for one of the person's needs, requested a few days
	 * after intake, delivered (or otherwise settled) {@code settled} after intake.
	 */
	record Service(String need, String type, boolean byPartner, Duration requested, @Nullable Duration settled,
			ServiceStatus settledAs) {
	}

	/**
	 * The referral of the first partner-provided service to the demo partner offering it,
	 * and the partner's answers.
	 */
	record Referral(Duration sent, List<Answer> answers) {
	}

	record Answer(ReferralStatus status, Duration after) {
	}

	record Closing(Duration requested, Closure.Outcome outcome) {
	}

}
