package org.haven.person;

import java.util.List;

/**
 * A caseworker ran the duplicate check: which criteria (never their values), the codes of
 * every match, and which of them are not the caseworker's to change, of whom the
 * caseworker learnt only that someone matched. For the audit trail and for supervisors to
 * follow up; never shown to the caseworker.
 */
public record DuplicatesChecked(List<String> criteria, List<PersonCode> found,
		List<PersonCode> others) implements PersonEvent {

	@Override
	public List<String> parts() {
		return this.criteria;
	}

}
