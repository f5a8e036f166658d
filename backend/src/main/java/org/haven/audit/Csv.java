package org.haven.audit;

/**
 * CSV cells that are safe to open in a spreadsheet: always quoted, quotes doubled, and a
 * cell that starts like a formula (=, +, -, @, tab, carriage return) prefixed with an
 * apostrophe so that it stays text (OWASP's advice on CSV injection).
 */
final class Csv {

	private Csv() {
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
