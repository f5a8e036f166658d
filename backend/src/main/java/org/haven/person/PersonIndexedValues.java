package org.haven.person;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.haven.crypto.BlindIndex.Kind;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.IndexedValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a rotation of the blind-index key a person's values to index again. They are
 * decrypted inside Haven and only turned into digests; no user sees them, so this is no
 * reveal.
 */
@Component
class PersonIndexedValues implements IndexedValues {

	private final PersonRepository persons;

	private final FieldEncryption encryption;

	PersonIndexedValues(PersonRepository persons, FieldEncryption encryption) {
		this.persons = persons;
		this.encryption = encryption;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Map<Kind, ? extends Collection<String>>> of(UUID owner) {
		return this.persons.findById(owner)
			.filter(person -> !person.isErased())
			.map(person -> IdentityIndex
				.valuesOf(IdentityCipher.decrypt(this.encryption.cipherFor(owner), person.encryptedIdentity())));
	}

}
