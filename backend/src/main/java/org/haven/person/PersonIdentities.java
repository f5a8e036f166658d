package org.haven.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.crypto.TamperedCiphertextException;
import org.haven.shared.IntegrityCheckFailed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Decrypts persons' identities, one or a list at a time, and asks every
 * {@link PersonAccess} which of many persons the user may know of or change, in a few
 * queries whatever the length of the list. A damaged identity is never shown, partly or
 * wrongly: the failure is published as an integrity finding and the read fails.
 */
@Component
class PersonIdentities {

	/** How many candidates a search or check decrypts, and asks about, at a time. */
	static final int BATCH = 100;

	private final FieldEncryption encryption;

	private final ApplicationEventPublisher events;

	private final List<PersonAccess> access;

	PersonIdentities(FieldEncryption encryption, ApplicationEventPublisher events, List<PersonAccess> access) {
		this.encryption = encryption;
		this.events = events;
		this.access = List.copyOf(access);
	}

	Identity decrypt(Person person) {
		return decrypt(person, Map.of());
	}

	/**
	 * The identities of the persons, in their order, with their data keys looked up at
	 * once.
	 */
	List<Decrypted> decrypt(List<Person> persons) {
		Map<UUID, OwnerCipher> ciphers;
		try {
			ciphers = this.encryption.ciphersFor(persons.stream().map(Person::id).toList());
		}
		catch (TamperedCiphertextException damaged) {
			// each person then looks up their own key, so that the damaged one is
			// reported
			ciphers = Map.of();
		}
		List<Decrypted> decrypted = new ArrayList<>();
		for (Person person : persons) {
			decrypted.add(new Decrypted(person, decrypt(person, ciphers)));
		}
		return decrypted;
	}

	/** Of these persons, those the user may know of. */
	Set<PersonCode> permitted(Collection<PersonCode> persons) {
		Set<PersonCode> permitted = new HashSet<>();
		this.access.forEach(grant -> permitted.addAll(grant.permitted(persons)));
		return permitted;
	}

	/** Of these persons, those whose record the user may change. */
	Set<PersonCode> changesPermitted(Collection<PersonCode> persons) {
		Set<PersonCode> permitted = new HashSet<>();
		this.access.forEach(grant -> permitted.addAll(grant.changesPermitted(persons)));
		return permitted;
	}

	/** Of these persons, those whose coded profile the user may see. */
	Set<PersonCode> profilesPermitted(Collection<PersonCode> persons) {
		Set<PersonCode> permitted = new HashSet<>();
		this.access.forEach(grant -> permitted.addAll(grant.profilesPermitted(persons)));
		return permitted;
	}

	boolean permitsErasure(PersonCode person) {
		return this.access.stream().anyMatch(grant -> grant.permitsErasure(person));
	}

	boolean permitsDuplicateCheck() {
		return this.access.stream().anyMatch(PersonAccess::permitsDuplicateCheck);
	}

	/** Splits a list into batches of {@value #BATCH}, for the loops of searches. */
	static <T> List<List<T>> batches(List<T> all) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			batches.add(all.subList(from, Math.min(from + BATCH, all.size())));
		}
		return batches;
	}

	private Identity decrypt(Person person, Map<UUID, OwnerCipher> ciphers) {
		try {
			OwnerCipher cipher = ciphers.get(person.id());
			return IdentityCipher.decrypt(cipher != null ? cipher : this.encryption.cipherFor(person.id()),
					person.encryptedIdentity());
		}
		catch (TamperedCiphertextException damaged) {
			this.events.publishEvent(new IntegrityCheckFailed(PersonService.DAMAGED_IDENTITY, person.code()));
			throw damaged;
		}
	}

	/** A person with their decrypted identity. */
	record Decrypted(Person person, Identity identity) {
	}

}
