package org.haven.benchmarks;

import java.util.HexFormat;

/**
 * Rows in PostgreSQL's CSV format for COPY: a null, or an empty ciphertext, is an empty
 * field; bytes are hexadecimal; text is quoted.
 */
final class CopyText {

	private static final HexFormat HEX = HexFormat.of();

	private final StringBuilder text = new StringBuilder(1 << 20);

	void row(Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.text.append(',');
			}
			field(values[i]);
		}
		this.text.append('\n');
	}

	private void field(Object value) {
		switch (value) {
			case null -> {
			}
			case byte[] bytes when bytes.length == 0 -> {
			}
			case byte[] bytes -> this.text.append("\\x").append(HEX.formatHex(bytes));
			case String[] array -> field(arrayLiteral(array));
			case String string -> this.text.append('"').append(string.replace("\"", "\"\"")).append('"');
			default -> this.text.append(value);
		}
	}

	/** A text array as PostgreSQL reads it; the codes it holds need no quoting. */
	static String arrayLiteral(String[] values) {
		return "{" + String.join(",", values) + "}";
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
