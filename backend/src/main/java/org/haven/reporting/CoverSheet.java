package org.haven.reporting;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the research export states about itself: its format, its period, how many persons
 * consented and how many it holds, how many it left out because they would have stood in
 * a group smaller than k, the k required and the k achieved (the size of its smallest
 * group; 0 when it holds nobody), and how far each quasi-identifier was generalised.
 */
public record CoverSheet(String format, ReportPeriod period, int consenting, int released, int leftOut, int requiredK,
		int achievedK, Map<QuasiIdentifier, Integer> levels) {

	/** The format's name and version, stated in the file; the columns are its own. */
	public static final String FORMAT = "haven-ctdc-2018/1";

	public CoverSheet {
		levels = Map.copyOf(new EnumMap<>(levels));
	}

	/** The quasi-identifiers not shown as recorded, in their order. */
	public List<QuasiIdentifier> generalised() {
		return Arrays.stream(QuasiIdentifier.values()).filter(identifier -> level(identifier) > 0).toList();
	}

	public int level(QuasiIdentifier identifier) {
		return this.levels.getOrDefault(identifier, 0);
	}

}
