package org.haven.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-domain generalisation to k-anonymity: of every combination of levels of the
 * quasi-identifiers, the one that loses least (the sum, over the quasi-identifiers, of
 * the share of their levels climbed) among those that leave out at most
 * {@link #LEFT_OUT_SHARE} of the persons; then the persons still in a group smaller than
 * k are left out. Every group of what remains holds at least k persons: generalising
 * comes first, leaving out last.
 */
final class KAnonymity {

	/** The share of persons that may be left out rather than generalise further. */
	static final double LEFT_OUT_SHARE = 0.05;

	private KAnonymity() {
	}

	record Result(Map<QuasiIdentifier, Integer> levels, List<ResearchRecord> kept, int leftOut, int achievedK) {
	}

	static Result anonymise(List<ResearchRecord> records, int k, ExportProgress progress) {
		QuasiIdentifier[] identifiers = QuasiIdentifier.values();
		int[][][] codes = codes(records, identifiers);
		int[] levels = new int[identifiers.length];
		int[] best = null;
		double[] bestRank = null;
		int allowed = (int) Math.floor(records.size() * LEFT_OUT_SHARE);
		int combinations = 1;
		for (QuasiIdentifier identifier : identifiers) {
			combinations *= identifier.levels();
		}
		for (int combination = 0; combination < combinations; combination++) {
			if (combination % 16 == 0) {
				progress.checkCancelled();
			}
			int rest = combination;
			double loss = 0;
			for (int index = 0; index < identifiers.length; index++) {
				levels[index] = rest % identifiers[index].levels();
				rest /= identifiers[index].levels();
				loss += (double) levels[index] / identifiers[index].leftOut();
			}
			int leftOut = leftOut(groups(codes, levels, records.size()), k);
			double[] rank = leftOut <= allowed ? new double[] { 0, loss, leftOut } : new double[] { 1, leftOut, loss };
			if (best == null || Arrays.compare(rank, bestRank) < 0) {
				best = levels.clone();
				bestRank = rank;
			}
		}
		Map<Long, Integer> groups = groups(codes, best, records.size());
		List<ResearchRecord> kept = new ArrayList<>();
		int achieved = Integer.MAX_VALUE;
		for (int row = 0; row < records.size(); row++) {
			int size = groups.get(key(codes, best, row));
			if (size >= k) {
				kept.add(records.get(row));
				achieved = Math.min(achieved, size);
			}
		}
		Map<QuasiIdentifier, Integer> chosen = new EnumMap<>(QuasiIdentifier.class);
		for (int index = 0; index < identifiers.length; index++) {
			chosen.put(identifiers[index], best[index]);
		}
		return new Result(chosen, kept, records.size() - kept.size(), kept.isEmpty() ? 0 : achieved);
	}

	/** Each record's value of each quasi-identifier at each level, as a small number. */
	private static int[][][] codes(List<ResearchRecord> records, QuasiIdentifier[] identifiers) {
		int[][][] codes = new int[identifiers.length][][];
		for (int index = 0; index < identifiers.length; index++) {
			QuasiIdentifier identifier = identifiers[index];
			codes[index] = new int[identifier.levels()][records.size()];
			for (int level = 0; level < identifier.levels(); level++) {
				Map<String, Integer> numbers = new HashMap<>();
				for (int row = 0; row < records.size(); row++) {
					String value = records.get(row).value(identifier, level);
					codes[index][level][row] = numbers.computeIfAbsent(value, unused -> numbers.size());
				}
				if (numbers.size() >= 1 << 10) {
					throw new IllegalStateException("Too many values of " + identifier + " for one export");
				}
			}
		}
		return codes;
	}

	private static Map<Long, Integer> groups(int[][][] codes, int[] levels, int rows) {
		Map<Long, Integer> groups = new HashMap<>();
		for (int row = 0; row < rows; row++) {
			groups.merge(key(codes, levels, row), 1, Integer::sum);
		}
		return groups;
	}

	private static int leftOut(Map<Long, Integer> groups, int k) {
		int leftOut = 0;
		for (int size : groups.values()) {
			if (size < k) {
				leftOut += size;
			}
		}
		return leftOut;
	}

	/** Ten bits per quasi-identifier: no level has more than a thousand values. */
	private static long key(int[][][] codes, int[] levels, int row) {
		long key = 0;
		for (int index = 0; index < codes.length; index++) {
			key = (key << 10) | codes[index][levels[index]][row];
		}
		return key;
	}

}
