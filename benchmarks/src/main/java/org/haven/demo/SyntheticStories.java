package org.haven.demo;

import java.time.Instant;

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
		return new Told(story.profile(), story.situation(), story.needs(), story.nonPunishment());
	}

	public record Told(Profile profile, Situation situation, Needs needs, NonPunishment nonPunishment) {
	}

}
