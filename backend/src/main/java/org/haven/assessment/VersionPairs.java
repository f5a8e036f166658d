package org.haven.assessment;

import java.util.List;
import java.util.Map;

import org.haven.person.PersonCode;
import org.jspecify.annotations.Nullable;

/**
 * Every person's baseline paired with their endline on one instrument version, and
 * nothing else: only this module makes one, from one version, so that no comparison built
 * on it can pair across versions or across persons. A person appears once, with their
 * first baseline and their latest endline on or after it.
 */
public final class VersionPairs {

	private final InstrumentVersion version;

	private final List<PersonPair> pairs;

	VersionPairs(InstrumentVersion version, List<PersonPair> pairs) {
		this.version = version;
		this.pairs = List.copyOf(pairs);
	}

	public InstrumentVersion version() {
		return this.version;
	}

	public List<PersonPair> pairs() {
		return this.pairs;
	}

	/** One person's baseline and endline answers by item, both of {@link #version()}. */
	public static final class PersonPair {

		private final PersonCode person;

		private final Map<String, Scored> baseline;

		private final Map<String, Scored> endline;

		PersonPair(PersonCode person, Map<String, Scored> baseline, Map<String, Scored> endline) {
			this.person = person;
			this.baseline = Map.copyOf(baseline);
			this.endline = Map.copyOf(endline);
		}

		/** The person, by code, for reports to group by their coded profile. */
		public PersonCode person() {
			return this.person;
		}

		public Map<String, Scored> baseline() {
			return this.baseline;
		}

		public Map<String, Scored> endline() {
			return this.endline;
		}

		/**
		 * Whether the item was scored at both ends: only then is there a change to count.
		 */
		public boolean scoredAtBoth(String item) {
			return scored(this.baseline.get(item)) && scored(this.endline.get(item));
		}

		private static boolean scored(@Nullable Scored answer) {
			return answer != null && answer.response() == Response.SCORED;
		}

	}

	/** An item's response and, when scored, its score: never a reason. */
	public record Scored(Response response, @Nullable Integer score) {
	}

}
