package org.haven.person;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.haven.shared.PseudonymousId;

/**
 * How a person is known outside their identity: random, derived from nothing, safe in
 * URLs, logs and conversation. Crockford's alphabet, so that nobody confuses 0 and O or 1
 * and I.
 */
public record PersonCode(String value) implements PseudonymousId {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final Pattern FORMAT = Pattern.compile("P-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

	private static final SecureRandom random = new SecureRandom();

	public PersonCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a person code");
		}
	}

	/** Reads a code typed by a user, forgiving case and surrounding spaces. */
	public static Optional<PersonCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String candidate = text.strip().toUpperCase(Locale.ROOT);
		return FORMAT.matcher(candidate).matches() ? Optional.of(new PersonCode(candidate)) : Optional.empty();
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
