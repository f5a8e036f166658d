package org.haven.casefile;

import java.time.LocalDate;

import org.haven.person.Profile;

/**
 * What a caseworker records at intake, in named states for tests: a test starts from the
 * state it needs and changes only what it is about, instead of spelling out every part of
 * a record with {@code null} for the rest (as spring-restbucks' {@code OrderTestUtils}).
 */
public final class TestIntakes {

	private TestIntakes() {
	}

	/** The person consented to be recorded; nothing else was asked yet. */
	public static IntakeAnswers consentOnly() {
		return withConsent(Profile.notAskedYet());
	}

	/** The person consented and told their profile; nothing else was asked yet. */
	public static IntakeAnswers withConsent(Profile profile) {
		return new IntakeAnswers(true, profile, Situation.NOT_ASKED, Needs.NOT_ASKED, NonPunishment.NOT_ASKED);
	}

	/** The person consented and told this situation; nothing else was asked yet. */
	public static IntakeAnswers withConsent(Situation situation) {
		return new IntakeAnswers(true, Profile.notAskedYet(), situation, Needs.NOT_ASKED, NonPunishment.NOT_ASKED);
	}

	/** A situation of which nothing was asked yet, to tell part by part. */
	public static SituationBuilder situation() {
		return new SituationBuilder();
	}

	/**
	 * Builds a {@link Situation} from {@link Situation#NOT_ASKED}, one part at a time.
	 */
	public static final class SituationBuilder {

		private Answer acts = Answer.NOT_ASKED;

		private Answer means = Answer.NOT_ASKED;

		private Answer exploitationForms = Answer.NOT_ASKED;

		private Answer controlMeans = Answer.NOT_ASKED;

		private Answer countriesOfOrigin = Answer.NOT_ASKED;

		private Answer officialsInvolved = Answer.NOT_ASKED;

		private LocalDate exploitationFrom;

		private SituationBuilder() {
		}

		public SituationBuilder acts(Answer answer) {
			this.acts = answer;
			return this;
		}

		public SituationBuilder means(Answer answer) {
			this.means = answer;
			return this;
		}

		public SituationBuilder exploitationForms(Answer answer) {
			this.exploitationForms = answer;
			return this;
		}

		public SituationBuilder controlMeans(Answer answer) {
			this.controlMeans = answer;
			return this;
		}

		public SituationBuilder countriesOfOrigin(Answer answer) {
			this.countriesOfOrigin = answer;
			return this;
		}

		public SituationBuilder officialsInvolved(Answer answer) {
			this.officialsInvolved = answer;
			return this;
		}

		public SituationBuilder exploitationFrom(LocalDate date) {
			this.exploitationFrom = date;
			return this;
		}

		public Situation build() {
			return new Situation(this.acts, this.means, this.exploitationForms, this.controlMeans, Answer.NOT_ASKED,
					Answer.NOT_ASKED, this.countriesOfOrigin, Answer.NOT_ASKED, Answer.NOT_ASKED, this.exploitationFrom,
					null, this.officialsInvolved);
		}

	}

}
