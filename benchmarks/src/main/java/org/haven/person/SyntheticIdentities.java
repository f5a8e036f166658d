package org.haven.person;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.crypto.BlindIndex;
import org.haven.crypto.OwnerCipher;

/**
 * A person's identity as {@link PersonService#register} stores it: checked, one
 * ciphertext per field, the profile with the age band its birth date gives, and the
 * values the blind index is made from.
 */
public final class SyntheticIdentities {

	private SyntheticIdentities() {
	}

	public static Stored stored(OwnerCipher cipher, Identity identity, Profile profile, Clock clock) {
		Identity checked = IdentityRules.check(identity, clock);
		EncryptedIdentity encrypted = IdentityCipher.encrypt(cipher, checked);
		Profile withAge = IdentityRules.withAgeFrom(IdentityRules.check(profile, clock), checked.dateOfBirth(), clock);
		return new Stored(List.of(nullable(encrypted.givenNames()), nullable(encrypted.familyNames()),
				nullable(encrypted.aliases()), nullable(encrypted.dateOfBirth()), nullable(encrypted.phoneNumbers()),
				nullable(encrypted.email()), nullable(encrypted.addresses()), nullable(encrypted.documentType()),
				nullable(encrypted.documentNumber()), nullable(encrypted.identifyingRemarks())), withAge,
				IdentityIndex.valuesOf(checked), checked.filledFields());
	}

	private static byte[] nullable(byte[] value) {
		return value == null ? new byte[0] : value;
	}

	/**
	 * Ciphertexts in the order of the person table's identity columns (empty for a field
	 * left empty, which is stored as null).
	 */
	public record Stored(List<byte[]> ciphertexts, Profile profile, Map<BlindIndex.Kind, Set<String>> indexed,
			List<String> filledFields) {
	}

}
