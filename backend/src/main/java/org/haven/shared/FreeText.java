package org.haven.shared;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for every piece of free text Haven accepts: names, notes, explanations,
 * labels, addresses. A value is at most {@link #maxLength()} characters (code points) and
 * holds nothing that could hide or disguise what it says: no control characters (line
 * breaks and tabs only where the field has several lines), no text direction overrides,
 * embeddings or isolates, and no invisible formatting or blank-looking letters that make
 * one name pass for another. What is refused, and why, is in
 * {@code docs/decisions/0016-free-text-errors-and-quick-hide.md}. Problems name the field
 * and a message key, never the value.
 *
 * @param maxLength the most code points the field takes
 * @param multiLine whether the field takes line breaks and tabs
 */
public record FreeText(int maxLength, boolean multiLine) {

	/**
	 * Carriage returns and the Unicode line and paragraph separators become line feeds.
	 */
	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u2028\\u2029]");

	private static final String TOO_LONG = "validation.too-long";

	/**
	 * Zero-width non-joiner and joiner, left-to-right, right-to-left and Arabic marks.
	 */
	private static final Set<Integer> NEEDED_BY_SCRIPTS = Set.of(0x200C, 0x200D, 0x200E, 0x200F, 0x061C);

	public FreeText {
		if (maxLength < 1) {
			throw new IllegalArgumentException("A free text field takes at least one character");
		}
	}

	/** A field of one line, such as a name or a label. */
	public static FreeText line(int maxLength) {
		return new FreeText(maxLength, false);
	}

	/** A field of several lines, such as a note or an address. */
	public static FreeText lines(int maxLength) {
		return new FreeText(maxLength, true);
	}

	/**
	 * Checks a value and returns it without surrounding white space, line breaks written
	 * as {@code \n} ({@code ""} for null). Adds at most one problem for the field to
	 * {@code problems}: required and empty, too long, control characters, a line break in
	 * a one-line field, or hidden formatting.
	 */
	public String check(Problems problems, String field, String value, boolean required) {
		String normalised = normalise(value);
		String key = problemWith(normalised);
		if (normalised.isEmpty()) {
			if (required) {
				problems.add(field, "validation.required");
			}
		}
		else if (TOO_LONG.equals(key)) {
			problems.add(field, TOO_LONG, this.maxLength);
		}
		else if (key != null) {
			problems.add(field, key);
		}
		return normalised;
	}

	/**
	 * The value as it would be stored, or throws with the field's problem. For services
	 * that check one field alone.
	 */
	public String require(String field, String value, boolean required) {
		Problems problems = new Problems();
		String checked = check(problems, field, value, required);
		problems.throwIfAny();
		return checked;
	}

	/** Whether the value passes this rule as it is (after stripping white space). */
	public boolean accepts(String value) {
		return problemWith(normalise(value)) == null;
	}

	private String normalise(String value) {
		if (value == null) {
			return "";
		}
		String stripped = value.strip();
		return this.multiLine ? LINE_BREAK.matcher(stripped).replaceAll("\n") : stripped;
	}

	/** The message key of what is wrong with a normalised value, or null. */
	private String problemWith(String normalised) {
		if (normalised.codePointCount(0, normalised.length()) > this.maxLength) {
			return TOO_LONG;
		}
		String hidden = null;
		for (int i = 0; i < normalised.length();) {
			int c = normalised.codePointAt(i);
			i += Character.charCount(c);
			if (isLineBreak(c) && !this.multiLine) {
				return "validation.single-line";
			}
			if (Character.isISOControl(c) && !(this.multiLine && (c == '\n' || c == '\t'))) {
				return "validation.control-characters";
			}
			if (hidden == null && isHiddenFormatting(c)) {
				hidden = "validation.hidden-formatting";
			}
		}
		return hidden;
	}

	private static boolean isLineBreak(int c) {
		return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
	}

	/**
	 * Characters that change how text around them reads, or show as nothing, without
	 * being needed by any script: direction embeddings, overrides and isolates, every
	 * other invisible format character except the joiners and direction marks that
	 * Arabic, Persian, Hebrew and Indic writing need, blank-looking fillers, unpaired
	 * surrogates and noncharacters.
	 */
	static boolean isHiddenFormatting(int c) {
		if (isDirectionControl(c)) {
			return true;
		}
		if (Character.getType(c) == Character.FORMAT) {
			return !NEEDED_BY_SCRIPTS.contains(c);
		}
		return switch (c) {
			case 0x00AD, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x2800, 0x3164, 0xFFA0 -> true;
			default -> Character.getType(c) == Character.SURROGATE || isNoncharacter(c);
		};
	}

	/** The embeddings and overrides U+202A..U+202E and the isolates U+2066..U+2069. */
	static boolean isDirectionControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	private static boolean isNoncharacter(int c) {
		return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
	}

}
