package org.haven.ui;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Shows the result of a search in a grid, page by page. A search that fails empties the
 * grid and says so: the previous, perhaps unfiltered, rows never stay on screen as if
 * they were the result. The error itself goes to the session's error handler, which shows
 * an error number and logs it safely.
 */
public final class SearchResults {

	private SearchResults() {
	}

	/**
	 * Puts a new search into the grid; {@code failed} tells the user when it fails, and
	 * stays until the next search.
	 */
	public static <T> void show(Grid<T> grid, CallbackDataProvider.FetchCallback<T, Void> fetch,
			CallbackDataProvider.CountCallback<T, Void> count, SerializableRunnable failed) {
		Outcome outcome = new Outcome(failed);
		grid.setItems(query -> {
			if (outcome.failed) {
				return Stream.empty();
			}
			try {
				List<T> page = fetch.fetch(query).toList();
				return page.stream();
			}
			catch (RuntimeException error) {
				outcome.fail(error);
				return Stream.empty();
			}
		}, query -> {
			if (outcome.failed) {
				return 0;
			}
			try {
				return count.count(query);
			}
			catch (RuntimeException error) {
				outcome.fail(error);
				return 0;
			}
		});
	}

	private static final class Outcome implements Serializable {

		private final SerializableRunnable onFailure;

		private boolean failed;

		private Outcome(SerializableRunnable onFailure) {
			this.onFailure = onFailure;
		}

		void fail(RuntimeException error) {
			if (this.failed) {
				return;
			}
			this.failed = true;
			this.onFailure.run();
			VaadinSession session = VaadinSession.getCurrent();
			if (session != null && session.getErrorHandler() != null) {
				session.getErrorHandler().error(new ErrorEvent(error));
			}
		}

	}

}
