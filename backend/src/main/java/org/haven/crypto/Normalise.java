package org.haven.crypto;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How identity values are made comparable before they are indexed or compared: Unicode
 * NFKC, case folding, diacritics removed from Latin letters and vowel marks from Arabic,
 * white space collapsed. "María LÓPEZ" and "maria lopez" become the same; 王小明 and محمد
 * stay themselves.
 */
public final class Normalise {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}\\p{Pd}\\p{Zs}·・、，]+");

	private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

	private static final Pattern NOT_A_DIGIT = Pattern.compile("\\D");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");

	private Normalise() {
	}

	/** The comparable form of free text: folded, without diacritics, single spaces. */
	public static String text(String value) {
		if (value == null) {
			return "";
		}
		String composed = Normalizer.normalize(value, Normalizer.Form.NFKC);
		String folded = composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		String withoutMarks = withoutLatinDiacritics(folded);
		withoutMarks = ARABIC_MARKS.matcher(withoutMarks).replaceAll("");
		return withoutMarks.strip().replaceAll("\\s+", " ");
	}

	/**
	 * The tokens a name is found by: each word, and for scripts that do not separate
	 * words by spaces (Chinese, Japanese, Korean) also the whole name without spaces.
	 */
	public static Set<String> nameTokens(String... names) {
		Set<String> tokens = new LinkedHashSet<>();
		StringBuilder whole = new StringBuilder();
		boolean unspacedScript = false;
		for (String name : names) {
			String normalised = text(name);
			for (String token : SEPARATORS.split(normalised)) {
				if (!token.isBlank()) {
					tokens.add(token);
					whole.append(token);
				}
			}
			unspacedScript |= normalised.codePoints().anyMatch(Normalise::isUnspacedScript);
		}
		if (unspacedScript && whole.length() > 0) {
			tokens.add(whole.toString());
		}
		return tokens;
	}

	/**
	 * Digits only: "+44 (0)20-7946 0958" and "0044 20 7946 0958" differ, so enter numbers
	 * in one form.
	 */
	public static String phone(String value) {
		return value == null ? ""
				: NOT_A_DIGIT.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll("");
	}

	/**
	 * Letters and digits only, folded: "ab 123-456" and "AB123456" are the same document
	 * number.
	 */
	public static String documentNumber(String value) {
		return value == null ? "" : NOT_ALPHANUMERIC.matcher(text(value)).replaceAll("");
	}

	private static String withoutLatinDiacritics(String value) {
		String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
		StringBuilder result = new StringBuilder(decomposed.length());
		int previousBase = -1;
		for (int i = 0; i < decomposed.length();) {
			int codePoint = decomposed.codePointAt(i);
			boolean mark = Character.getType(codePoint) == Character.NON_SPACING_MARK;
			if (!(mark && previousBase >= 0
					&& Character.UnicodeScript.of(previousBase) == Character.UnicodeScript.LATIN)) {
				result.appendCodePoint(codePoint);
			}
			if (!mark) {
				previousBase = codePoint;
			}
			i += Character.charCount(codePoint);
		}
		return Normalizer.normalize(result, Normalizer.Form.NFC);
	}

	private static boolean isUnspacedScript(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
