package org.haven.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A query over many values, asked in chunks: PostgreSQL takes at most 65,535 parameters
 * in one statement, and a report may count more persons or cases than that.
 */
public final class InChunks {

	/** Well below PostgreSQL's limit, leaving room for a query's other parameters. */
	public static final int CHUNK = 10_000;

	private InChunks() {
	}

	/** What the query finds for each chunk of the values, in one list. */
	public static <T, R> List<R> of(Collection<T> values, Function<List<T>, List<R>> query) {
		List<T> all = List.copyOf(values);
		if (all.size() <= CHUNK) {
			return query.apply(all);
		}
		List<R> found = new ArrayList<>();
		for (int start = 0; start < all.size(); start += CHUNK) {
			found.addAll(query.apply(all.subList(start, Math.min(all.size(), start + CHUNK))));
		}
		return found;
	}

}
