package org.haven.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.haven.shared.Filled;
import org.haven.shared.IdentityData;

/**
 * Who a person is: everything here is encrypted at rest, field by field, and only ever
 * shown after an audited reveal. Every field is optional: a person may give nothing at
 * first. Its {@code toString} shows no value, so that an identity can never slip into a
 * log.
 */
@IdentityData
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

	/**
	 * This identity with the named fields taken from {@code other}: what the intake saves
	 * when some fields were refused, so that everything else typed is still saved.
	 */
	public Identity withFieldsFrom(Identity other, Collection<String> fields) {
		return new Identity(pick(fields, "givenNames", this.givenNames, other.givenNames),
				pick(fields, "familyNames", this.familyNames, other.familyNames),
				pick(fields, "aliases", this.aliases, other.aliases),
				pick(fields, "dateOfBirth", this.dateOfBirth, other.dateOfBirth),
				pick(fields, "phoneNumbers", this.phoneNumbers, other.phoneNumbers),
				pick(fields, "email", this.email, other.email),
				pick(fields, "addresses", this.addresses, other.addresses),
				pick(fields, "documentType", this.documentType, other.documentType),
				pick(fields, "documentNumber", this.documentNumber, other.documentNumber),
				pick(fields, "identifyingRemarks", this.identifyingRemarks, other.identifyingRemarks));
	}

	private static <T> T pick(Collection<String> fields, String field, T mine, T theirs) {
		return fields.contains(field) ? theirs : mine;
	}

	/**
	 * The names of the fields that hold something (a blank text or an empty list holds
	 * nothing), in the order of {@link #FIELDS}: what the audit trail records and the
	 * intake's review counts, never the values.
	 */
	public List<String> filledFields() {
		List<Object> values = Arrays.asList(this.givenNames, this.familyNames, this.aliases, this.dateOfBirth,
				this.phoneNumbers, this.email, this.addresses, this.documentType, this.documentNumber,
				this.identifyingRemarks);
		List<String> filled = new ArrayList<>();
		for (int field = 0; field < FIELDS.size(); field++) {
			if (Filled.holdsSomething(values.get(field))) {
				filled.add(FIELDS.get(field));
			}
		}
		return List.copyOf(filled);
	}

	public static Identity empty() {
		return new Identity(null, null, List.of(), null, List.of(), null, List.of(), null, null, null);
	}

	@Override
	public String toString() {
		return "Identity[hidden]";
	}

}
