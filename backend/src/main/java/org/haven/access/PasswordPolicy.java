package org.haven.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.haven.shared.Problems;

/**
 * Haven's password policy, stated to users in the same words: at least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, not a commonly used
 * password (also not one with digits or symbols added at the end), not containing the
 * username, and not one character repeated.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final int MIN_DISTINCT_CHARACTERS = 5;

	private static final Set<String> COMMON = loadCommonPasswords();

	private PasswordPolicy() {
	}

	/** Adds a problem for {@code field} for every rule the password breaks. */
	static void check(Problems problems, String field, String password, String username) {
		if (password == null || password.isEmpty()) {
			problems.add(field, "validation.required");
			return;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add(field, "access.password.too-short", MIN_LENGTH);
		}
		else if (length > MAX_LENGTH) {
			problems.add(field, "access.password.too-long", MAX_LENGTH);
		}
		else if (password.codePoints().anyMatch(Character::isISOControl)) {
			problems.add(field, "validation.control-characters");
		}
		else if (isCommon(password)) {
			problems.add(field, "access.password.too-common");
		}
		else if (username != null && username.length() >= 3
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(field, "access.password.contains-username");
		}
		else if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
			problems.add(field, "access.password.too-simple");
		}
	}

	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String withoutTrailingDigitsOrSymbols = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
		return COMMON.contains(lower) || COMMON.contains(withoutTrailingDigitsOrSymbols);
	}

	private static Set<String> loadCommonPasswords() {
		try (InputStream input = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
			if (input == null) {
				throw new IllegalStateException("common-passwords.txt is missing from the classpath");
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
				return reader.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> line.toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
