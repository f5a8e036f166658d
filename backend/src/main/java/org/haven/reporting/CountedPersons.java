package org.haven.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.haven.casefile.CaseFacts;
import org.haven.person.PersonCode;
import org.haven.person.Profile;

/**
 * Who a report counts: the persons with live consent to anonymised statistics on a case
 * open in the period ({@code from} until before {@code until}: its days in the clock's
 * zone), each once, with their coded profile and those of their cases. Every report is
 * built from this and nothing else, so a scope that narrows it narrows them all.
 */
record CountedPersons(ReportPeriod period, Instant from, Instant until, List<Person> persons) {

	CountedPersons {
		persons = List.copyOf(persons);
	}

	List<Profile> profiles() {
		return this.persons.stream().map(Person::profile).toList();
	}

	List<CaseFacts> cases() {
		return this.persons.stream().flatMap(person -> person.cases().stream()).toList();
	}

	List<UUID> caseIds() {
		return cases().stream().map(CaseFacts::id).toList();
	}

	record Person(PersonCode code, Profile profile, List<CaseFacts> cases) {

		Person {
			cases = List.copyOf(cases);
		}

	}

}
