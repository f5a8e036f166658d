package org.haven.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.haven.assistance.ServiceStatus;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.person.Profile;

/**
 * What the intake of an invented person tells, taken from the demo's stories: the coded
 * profile, the situation, the needs and the non-punishment record, spread over sexes,
 * ages, forms of exploitation and outcomes as the demo's cases are, so that synthetic
 * cases count in every report as recorded ones would.
 */
public final class SyntheticStories {

	private final DemoStories stories;

	public SyntheticStories(long seed) {
		this.stories = new DemoStories(seed, 1);
	}

	/** The intake's answers of story number {@code index}. */
	public Told told(int index, Instant now) {
		DemoStory story = this.stories.story(index, now);
		return new Told(story, story.profile(), story.situation(), story.needs(), story.nonPunishment(),
				story.consents().caseManagement(),
				story.services()
					.stream()
					.map(service -> new Service(service.need(), service.type(), service.byPartner(),
							service.requested(), service.settled(), service.settledAs()))
					.toList(),
				story.baseline(), story.endline());
	}

	/**
	 * The intake's answers, whether the person consented to case management and services,
	 * the services of the care plan that follows, and when after intake a baseline and an
	 * endline were recorded (null for none).
	 */
	public record Told(DemoStory story, Profile profile, Situation situation, Needs needs, NonPunishment nonPunishment,
			boolean caseManagement, List<Service> services, Duration baseline, Duration endline) {

		/**
		 * The score of one domain of the outcomes instrument, at the baseline or the
		 * endline.
		 */
		public int score(String domain, boolean endline) {
			return DemoStories.score(this.story, domain, endline);
		}

	}

	/**
	 * A service for one of the needs, requested {@code requested} after intake and
	 * settled as {@code settledAs} {@code settled} after it.
	 */
	public record Service(String need, String type, boolean byPartner, Duration requested, Duration settled,
			ServiceStatus settledAs) {
	}

}
