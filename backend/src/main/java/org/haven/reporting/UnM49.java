package org.haven.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The UN's standard country or area codes for statistical use (M49): for each ISO 3166
 * country, its sub-region (the intermediate region where M49 has one, as in Sub-Saharan
 * Africa and Latin America) and its region. Read from {@code un-m49.csv} beside this
 * class.
 */
final class UnM49 {

	static final UnM49 TABLE = load();

	private final Map<String, String[]> areas;

	private UnM49(Map<String, String[]> areas) {
		this.areas = areas;
	}

	@Nullable String subRegionOf(String country) {
		String[] area = this.areas.get(country);
		return area == null ? null : area[0];
	}

	@Nullable String regionOf(String country) {
		String[] area = this.areas.get(country);
		return area == null ? null : area[1];
	}

	private static UnM49 load() {
		Map<String, String[]> areas = new HashMap<>();
		try (InputStream in = Objects.requireNonNull(UnM49.class.getResourceAsStream("un-m49.csv"));
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split(";");
				areas.put(parts[0], new String[] { parts[1], parts[2] });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new UnM49(Map.copyOf(areas));
	}

}
