package org.haven.person;

import java.util.List;

import org.haven.shared.AccessRefused;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A person's record as the signed-in user may have it: one they may not know of looks
 * missing, and one they only read (by break-glass) is refused for changes with a message
 * saying so; each refusal is recorded.
 */
@Component
class PermittedPersons {

	private final PersonRepository persons;

	private final PersonIdentities identities;

	private final ApplicationEventPublisher events;

	PermittedPersons(PersonRepository persons, PersonIdentities identities, ApplicationEventPublisher events) {
		this.persons = persons;
		this.identities = identities;
		this.events = events;
	}

	/** The person, whoever asks; missing is "not found". */
	Person load(PersonCode code) {
		return this.persons.findByCode(code.value()).orElseThrow(() -> new NotFoundException(PersonService.PERSON));
	}

	/** The person, when the user may know of them; otherwise "not found", recorded. */
	Person permitted(PersonCode code) {
		Person person = load(code);
		if (!this.identities.permitted(List.of(code)).contains(code)) {
			this.events.publishEvent(new AccessRefused("person", code));
			throw new NotFoundException(PersonService.PERSON);
		}
		return person;
	}

	/** The person, at the version the caseworker saw, when they may change the record. */
	Person changeable(PersonCode code, long expectedVersion) {
		Person person = permitted(code);
		if (!changesPermitted(code)) {
			this.events.publishEvent(new AccessRefused("person:change:read-only", code));
			throw new InvalidInputException(Problem.ofForm("person.read-only"));
		}
		if (person.version() != expectedVersion) {
			throw new ConflictException(PersonService.PERSON);
		}
		return person;
	}

	boolean changesPermitted(PersonCode code) {
		return this.identities.changesPermitted(List.of(code)).contains(code);
	}

}
