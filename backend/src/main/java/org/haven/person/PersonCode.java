package org.haven.person;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * How a person is known outside their identity: random, derived from nothing, safe in
 * URLs, logs and conversation. Crockford's alphabet, so that nobody confuses 0 and O or 1
 * and I.
 */
public record PersonCode(String value) implements org.haven.shared.PseudonymousId {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final Pattern FORMAT = Pattern.compile("P-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

	private static final SecureRandom random = new SecureRandom();

	public PersonCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a person code");
		}
	}

	/** Reads a code typed by a user, forgiving case and surrounding spaces. */
	public static java.util.Optional<PersonCode> parse(String text) {
		if (text == null) {
			return java.util.Optional.empty();
		}
		String candidate = text.strip().toUpperCase(java.util.Locale.ROOT);
		return FORMAT.matcher(candidate).matches() ? java.util.Optional.of(new PersonCode(candidate))
				: java.util.Optional.empty();
	}

	static PersonCode random() {
		StringBuilder code = new StringBuilder("P-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new PersonCode(code.toString());
	}

	@Override
	public String type() {
		return "PERSON";
	}

	@Override
	public String toString() {
		return this.value;
	}

}
