package org.haven.audit;

import java.util.List;
import java.util.stream.Collectors;

import org.haven.person.DuplicatesChecked;
import org.haven.person.IdentityChanged;
import org.haven.person.PersonCode;
import org.haven.person.PersonErased;
import org.haven.person.PersonEvent;
import org.haven.person.PersonRegistered;
import org.haven.person.PersonsLookedUp;
import org.haven.person.ProfileChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what happened to persons' records and who searched them: one action per kind of
 * {@link PersonEvent}, the fields as the event names them. Runs synchronously, in the
 * transaction of the fact.
 */
@Component
class AuditedPersonEvents {

	/**
	 * Marks the reason of a duplicate check that matched outside the caseworker's own
	 * cases, for the auditors' highlight of repeated probing.
	 */
	static final String OUTSIDE_OWN_CASES = " outside own cases";

	private final AuditTrail trail;

	AuditedPersonEvents(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void personEvent(PersonEvent event) {
		switch (event) {
			case PersonRegistered registered -> record(Action.PERSON_REGISTERED, registered.code(), event, null);
			case IdentityChanged changed -> record(Action.IDENTITY_CHANGED, changed.code(), event, null);
			case ProfileChanged changed -> record(Action.PROFILE_CHANGED, changed.code(), event, null);
			case PersonErased erased -> record(Action.PERSON_ERASED, erased.code(), event, erased.reason().name());
			case PersonsLookedUp lookedUp -> record(Action.PERSONS_SEARCHED, null, event, found(lookedUp.found(), ""));
			case DuplicatesChecked checked -> record(Action.DUPLICATES_CHECKED, null, event, found(checked.found(),
					checked.others().isEmpty() ? "" : " (" + checked.others().size() + OUTSIDE_OWN_CASES + ")"));
		}
	}

	private void record(Action action, PersonCode code, PersonEvent event, String reason) {
		this.trail.record(action, Outcome.ALLOWED, code, event.parts(), reason);
	}

	private static String found(List<PersonCode> found, String detail) {
		String codes = found.stream().map(PersonCode::value).collect(Collectors.joining(" "));
		return "found " + found.size() + detail + (codes.isEmpty() ? "" : ": " + codes);
	}

}
