package org.haven.person;

import java.time.LocalDate;
import java.util.List;

import org.haven.crypto.OwnerCipher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns an identity into one ciphertext per field under the person's data key, and back.
 */
final class IdentityCipher {

	private static final ObjectMapper json = new ObjectMapper();

	private static final TypeReference<List<String>> LIST = new TypeReference<>() {
	};

	private IdentityCipher() {
	}

	static EncryptedIdentity encrypt(OwnerCipher cipher, Identity identity) {
		return new EncryptedIdentity(cipher.encrypt("givenNames", identity.givenNames()),
				cipher.encrypt("familyNames", identity.familyNames()),
				cipher.encrypt("aliases", list(identity.aliases())),
				cipher.encrypt("dateOfBirth",
						identity.dateOfBirth() == null ? null : identity.dateOfBirth().toString()),
				cipher.encrypt("phoneNumbers", list(identity.phoneNumbers())),
				cipher.encrypt("email", identity.email()), cipher.encrypt("addresses", list(identity.addresses())),
				cipher.encrypt("documentType", identity.documentType() == null ? null : identity.documentType().name()),
				cipher.encrypt("documentNumber", identity.documentNumber()),
				cipher.encrypt("identifyingRemarks", identity.identifyingRemarks()));
	}

	static Identity decrypt(OwnerCipher cipher, EncryptedIdentity stored) {
		String dateOfBirth = cipher.decrypt("dateOfBirth", stored.dateOfBirth());
		String documentType = cipher.decrypt("documentType", stored.documentType());
		return new Identity(cipher.decrypt("givenNames", stored.givenNames()),
				cipher.decrypt("familyNames", stored.familyNames()), list(cipher.decrypt("aliases", stored.aliases())),
				dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
				list(cipher.decrypt("phoneNumbers", stored.phoneNumbers())), cipher.decrypt("email", stored.email()),
				list(cipher.decrypt("addresses", stored.addresses())),
				documentType == null ? null : DocumentType.valueOf(documentType),
				cipher.decrypt("documentNumber", stored.documentNumber()),
				cipher.decrypt("identifyingRemarks", stored.identifyingRemarks()));
	}

	private static String list(List<String> values) {
		return values.isEmpty() ? null : json.writeValueAsString(values);
	}

	private static List<String> list(String serialised) {
		return serialised == null ? List.of() : json.readValue(serialised, LIST);
	}

}
