package org.haven.person;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.crypto.BlindIndex;
import org.haven.crypto.BlindIndex.Kind;
import org.haven.crypto.Normalise;
import org.springframework.stereotype.Component;

/**
 * Finds persons by their identity: the blind index names candidates, and decrypting them,
 * a batch at a time ({@link PersonIdentities}), drops its false positives. Which of the
 * matches the user may know of is asked once per batch, never once per person.
 */
@Component
class PersonSearch {

	static final int SEARCH_LIMIT = 50;

	private final PersonRepository persons;

	private final BlindIndex blindIndex;

	private final PersonIdentities identities;

	PersonSearch(PersonRepository persons, BlindIndex blindIndex, PersonIdentities identities) {
		this.persons = persons;
		this.blindIndex = blindIndex;
		this.identities = identities;
	}

	/** What the search asks for, per kind of blind index, normalised as it is indexed. */
	static Map<Kind, Set<String>> wanted(IdentitySearch search) {
		Map<Kind, Set<String>> wanted = new LinkedHashMap<>();
		if (search.name() != null && !search.name().isBlank()) {
			wanted.put(Kind.NAME, Normalise.nameTokens(search.name()));
		}
		if (search.dateOfBirth() != null) {
			wanted.put(Kind.BIRTH_DATE, Set.of(search.dateOfBirth().toString()));
		}
		if (search.phoneNumber() != null && !search.phoneNumber().isBlank()) {
			wanted.put(Kind.PHONE, Set.of(Normalise.phone(search.phoneNumber())));
		}
		if (search.documentNumber() != null && !search.documentNumber().isBlank()) {
			wanted.put(Kind.DOCUMENT, Set.of(Normalise.documentNumber(search.documentNumber())));
		}
		return wanted;
	}

	/**
	 * Persons whose identity holds every wanted value and whom the user may know of, at
	 * most {@value #SEARCH_LIMIT}.
	 */
	List<PersonSummary> matching(Map<Kind, Set<String>> wanted) {
		Set<UUID> candidates = null;
		for (Map.Entry<Kind, Set<String>> criterion : wanted.entrySet()) {
			Set<UUID> found = this.blindIndex.candidatesForAll(criterion.getKey(), criterion.getValue());
			candidates = candidates == null ? new HashSet<>(found) : retain(candidates, found);
		}
		List<PersonSummary> matches = new ArrayList<>();
		List<Person> found = this.persons.findNotErased(candidates == null ? Set.of() : candidates);
		for (List<Person> batch : PersonIdentities.batches(found)) {
			List<Person> matching = this.identities.decrypt(batch).stream().filter(decrypted -> {
				Map<Kind, Set<String>> actual = IdentityIndex.valuesOf(decrypted.identity());
				return wanted.entrySet()
					.stream()
					.allMatch(criterion -> actual.get(criterion.getKey()).containsAll(criterion.getValue()));
			}).map(PersonIdentities.Decrypted::person).toList();
			Set<PersonCode> permitted = this.identities.permitted(matching.stream().map(Person::code).toList());
			matching.stream()
				.filter(person -> permitted.contains(person.code()))
				.limit(SEARCH_LIMIT - matches.size())
				.forEach(person -> matches.add(person.summary()));
			if (matches.size() >= SEARCH_LIMIT) {
				break;
			}
		}
		return matches;
	}

	/**
	 * The persons who may be the one entered: the same legal name tokens and birth year,
	 * a phone number in common, or the same document number.
	 */
	Duplicates duplicatesOf(Identity identity) {
		Map<Kind, Set<String>> enteredValues = IdentityIndex.valuesOf(identity);
		Set<String> legalName = IdentityIndex.legalNameTokens(identity);
		Set<UUID> found = new HashSet<>();
		if (!legalName.isEmpty() && identity.dateOfBirth() != null) {
			found.addAll(this.blindIndex.candidatesForAll(Kind.NAME, legalName));
		}
		for (String phone : enteredValues.get(Kind.PHONE)) {
			found.addAll(this.blindIndex.candidates(Kind.PHONE, phone));
		}
		for (String document : enteredValues.get(Kind.DOCUMENT)) {
			found.addAll(this.blindIndex.candidates(Kind.DOCUMENT, document));
		}
		Duplicates duplicates = new Duplicates(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (List<Person> batch : PersonIdentities.batches(this.persons.findNotErased(found))) {
			Map<Person, Set<DuplicateCandidate.Match>> matched = new LinkedHashMap<>();
			for (PersonIdentities.Decrypted decrypted : this.identities.decrypt(batch)) {
				Set<DuplicateCandidate.Match> matches = matches(identity, legalName, enteredValues, decrypted);
				if (!matches.isEmpty()) {
					matched.put(decrypted.person(), matches);
				}
			}
			Set<PersonCode> yours = this.identities
				.changesPermitted(matched.keySet().stream().map(Person::code).toList());
			matched.forEach((person, matches) -> {
				duplicates.all().add(person.code());
				if (yours.contains(person.code())) {
					duplicates.yours().add(new DuplicateCandidate(person.code(), Set.copyOf(matches)));
				}
				else {
					duplicates.others().add(person.code());
				}
			});
		}
		return duplicates;
	}

	private static Set<DuplicateCandidate.Match> matches(Identity entered, Set<String> legalName,
			Map<Kind, Set<String>> enteredValues, PersonIdentities.Decrypted existing) {
		Map<Kind, Set<String>> existingValues = IdentityIndex.valuesOf(existing.identity());
		EnumSet<DuplicateCandidate.Match> matches = EnumSet.noneOf(DuplicateCandidate.Match.class);
		if (!legalName.isEmpty() && legalName.equals(IdentityIndex.legalNameTokens(existing.identity()))
				&& sameBirthYear(entered, existing.person())) {
			matches.add(DuplicateCandidate.Match.NAME_AND_BIRTH_YEAR);
		}
		if (intersects(enteredValues.get(Kind.PHONE), existingValues.get(Kind.PHONE))) {
			matches.add(DuplicateCandidate.Match.PHONE);
		}
		if (intersects(enteredValues.get(Kind.DOCUMENT), existingValues.get(Kind.DOCUMENT))) {
			matches.add(DuplicateCandidate.Match.DOCUMENT_NUMBER);
		}
		return matches;
	}

	private static boolean sameBirthYear(Identity entered, Person existing) {
		Integer year = existing.profile().birthYear();
		return year != null && year == entered.dateOfBirth().getYear();
	}

	private static Set<UUID> retain(Set<UUID> candidates, Set<UUID> found) {
		candidates.retainAll(found);
		return candidates;
	}

	private static boolean intersects(Set<String> a, Set<String> b) {
		return a.stream().anyMatch(b::contains);
	}

	/**
	 * Who may be the person entered: all of them; those whose record the user may change,
	 * with what matched; and the others, of whom the user learns only that they exist.
	 */
	record Duplicates(List<DuplicateCandidate> yours, List<PersonCode> all, List<PersonCode> others) {
	}

}
