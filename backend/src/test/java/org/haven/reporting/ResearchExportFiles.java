package org.haven.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a research export back as a researcher would, and counts its groups over the
 * quasi-identifier columns without any of the export's own code.
 */
public final class ResearchExportFiles {

	static final List<String> QUASI_IDENTIFIER_COLUMNS = List.of("gender", "ageBroad", "majorityStatus", "citizenship",
			"CountryOfExploitation", "yearOfRegistration", "isForcedLabour", "isSexualExploit", "isOtherExploit");

	private ResearchExportFiles() {
	}

	/** Each entry of the ZIP by name, as text. */
	static Map<String, String> entries(byte[] zip) {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	/** The data rows of an export's ZIP. */
	public static List<Map<String, String>> dataRows(byte[] zip) {
		return rows(entries(zip).get(CtdcFile.DATA));
	}

	/** The data rows (no quoting: the data holds codes only). */
	static List<Map<String, String>> rows(String csv) {
		String[] lines = csv.split("\r\n");
		String[] header = lines[0].split(",", -1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int line = 1; line < lines.length; line++) {
			String[] values = lines[line].split(",", -1);
			Map<String, String> row = new HashMap<>();
			for (int column = 0; column < header.length; column++) {
				row.put(header[column], values[column]);
			}
			rows.add(row);
		}
		return rows;
	}

	/** How many rows share each combination of the quasi-identifier columns. */
	public static Map<List<String>, Integer> groups(List<Map<String, String>> rows) {
		Map<List<String>, Integer> groups = new HashMap<>();
		for (Map<String, String> row : rows) {
			groups.merge(QUASI_IDENTIFIER_COLUMNS.stream().map(row::get).toList(), 1, Integer::sum);
		}
		return groups;
	}

}
