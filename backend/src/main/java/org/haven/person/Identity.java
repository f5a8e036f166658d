package org.haven.person;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a person is: everything here is encrypted at rest, field by field, and only ever
 * shown after an audited reveal. Every field is optional: a person may give nothing at
 * first. Its {@code toString} shows no value, so that an identity can never slip into a
 * log.
 */
@org.haven.shared.IdentityData
public record Identity(String givenNames, String familyNames, List<String> aliases, LocalDate dateOfBirth,
		List<String> phoneNumbers, String email, List<String> addresses, DocumentType documentType,
		String documentNumber, String identifyingRemarks) {

	/** The names of the fields, as used in messages, audit events and associated data. */
	public static final List<String> FIELDS = List.of("givenNames", "familyNames", "aliases", "dateOfBirth",
			"phoneNumbers", "email", "addresses", "documentType", "documentNumber", "identifyingRemarks");

	public Identity {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
		addresses = addresses == null ? List.of() : List.copyOf(addresses);
	}

	/**
	 * Throws {@link org.haven.shared.InvalidInputException} naming each field that is
	 * longer, or holds more entries, than Haven keeps; nothing else is checked here.
	 */
	public void checkLengths() {
		IdentityRules.checkLengths(this);
	}

	public static Identity empty() {
		return new Identity(null, null, List.of(), null, List.of(), null, List.of(), null, null, null);
	}

	@Override
	public String toString() {
		return "Identity[hidden]";
	}

}
