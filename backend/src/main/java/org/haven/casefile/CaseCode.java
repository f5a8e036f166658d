package org.haven.casefile;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.haven.shared.PseudonymousId;

/**
 * How a case is known everywhere: random, derived from nothing, safe in URLs and logs.
 */
public record CaseCode(String value) implements PseudonymousId {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final Pattern FORMAT = Pattern.compile("C-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

	private static final SecureRandom random = new SecureRandom();

	public CaseCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a case code");
		}
	}

	public static Optional<CaseCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String candidate = text.strip().toUpperCase(Locale.ROOT);
		return FORMAT.matcher(candidate).matches() ? Optional.of(new CaseCode(candidate)) : Optional.empty();
	}

	static CaseCode random() {
		StringBuilder code = new StringBuilder("C-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new CaseCode(code.toString());
	}

	@Override
	public String type() {
		return "CASE";
	}

	@Override
	public String toString() {
		return this.value;
	}

}
