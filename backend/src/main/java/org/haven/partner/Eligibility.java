package org.haven.partner;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.jspecify.annotations.Nullable;

/**
 * Whom a partner serves. An empty set serves everyone in that respect; a person whose
 * answer is not known is not turned away by it, since the partner decides on what it
 * learns.
 *
 * @param nationalities ISO 3166 codes
 * @param exploitationForms codes of the reference list EXPLOITATION_FORMS
 */
public record Eligibility(Set<Gender> genders, Set<AgeBand> ageBands, Set<String> nationalities,
		Set<String> exploitationForms) {

	public static final Eligibility EVERYONE = new Eligibility(Set.of(), Set.of(), Set.of(), Set.of());

	public Eligibility {
		genders = genders == null || genders.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(genders));
		ageBands = ageBands == null || ageBands.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ageBands));
		nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
		exploitationForms = exploitationForms == null ? Set.of() : Set.copyOf(exploitationForms);
	}

	/** Whether a person with these answers may be referred. */
	public boolean admits(@Nullable Gender gender, @Nullable AgeBand ageBand, @Nullable String nationality,
			Collection<String> forms) {
		return admits(this.genders, gender) && admits(this.ageBands, ageBand) && admits(this.nationalities, nationality)
				&& (this.exploitationForms.isEmpty() || forms.isEmpty()
						|| forms.stream().anyMatch(this.exploitationForms::contains));
	}

	private static <T> boolean admits(Set<T> served, @Nullable T answer) {
		return served.isEmpty() || answer == null || served.contains(answer);
	}

}
