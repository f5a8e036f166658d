package org.haven.person;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.haven.crypto.BlindIndex.Kind;
import org.haven.crypto.Normalise;

/** The normalised values an identity is found by, per kind of blind index. */
final class IdentityIndex {

	private IdentityIndex() {
	}

	static Map<Kind, Set<String>> valuesOf(Identity identity) {
		Map<Kind, Set<String>> values = new EnumMap<>(Kind.class);
		values.put(Kind.NAME, nameTokens(identity));
		values.put(Kind.BIRTH_DATE,
				identity.dateOfBirth() == null ? Set.of() : Set.of(identity.dateOfBirth().toString()));
		Set<String> phones = new LinkedHashSet<>();
		identity.phoneNumbers().forEach(phone -> phones.add(Normalise.phone(phone)));
		values.put(Kind.PHONE, phones);
		values.put(Kind.DOCUMENT, identity.documentNumber() == null ? Set.of()
				: Set.of(Normalise.documentNumber(identity.documentNumber())));
		return values;
	}

	/** Family name first, so that 王 + 小明 is also found as 王小明. */
	static Set<String> nameTokens(Identity identity) {
		Set<String> tokens = new LinkedHashSet<>(
				Normalise.nameTokens(nullToEmpty(identity.familyNames()), nullToEmpty(identity.givenNames())));
		identity.aliases().forEach(alias -> tokens.addAll(Normalise.nameTokens(alias)));
		return tokens;
	}

	/**
	 * The tokens of given and family names only, without aliases: what a duplicate must
	 * share.
	 */
	static Set<String> legalNameTokens(Identity identity) {
		return Normalise.nameTokens(nullToEmpty(identity.familyNames()), nullToEmpty(identity.givenNames()));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
