package org.haven.casefile;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Pages of the case module's lists: every list is asked for through a {@link Pageable}
 * and answers with a {@link Page} that carries its total, so that a grid needs no second
 * call to count. One clamp: a page holds 1 to {@value #LARGEST} rows, whatever the caller
 * asks.
 */
final class Pages {

	static final int LARGEST = 500;

	private Pages() {
	}

	/** The page asked for, at most {@value #LARGEST} rows long; unpaged is the first. */
	static Pageable clamp(Pageable asked) {
		if (asked.isUnpaged()) {
			return PageRequest.of(0, LARGEST);
		}
		int size = Math.max(1, Math.min(asked.getPageSize(), LARGEST));
		return size == asked.getPageSize() ? asked : PageRequest.of(asked.getPageNumber(), size, asked.getSort());
	}

}
