package org.haven.ui;

import com.vaadin.flow.shared.Registration;

/**
 * A number next to a menu entry: what waits there for the signed-in user, such as
 * break-glass openings to review. Feature modules implement it; the {@link MainLayout}
 * shows it on the entry, keeps it current while the user is signed in and, when it grows,
 * tells the user at once.
 */
public interface MenuBadge {

	/** The path of the menu entry, as its route declares it. */
	String path();

	/**
	 * How many items wait there for the signed-in user; called in their UI, only when the
	 * menu shows them the entry.
	 */
	int count();

	/**
	 * The key of the message that tells the user, when the count grows while they are
	 * signed in, what happened; its argument is the count.
	 */
	String growthMessageKey();

	/**
	 * Runs {@code changed}, on any thread, whenever the count may have changed somewhere
	 * in Haven, until the registration is removed. Badges that change only through the
	 * user's own work may never call it: the layout counts again on every navigation.
	 */
	Registration onChange(Runnable changed);

}
