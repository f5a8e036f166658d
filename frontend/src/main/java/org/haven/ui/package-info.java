/**
 * The shell every screen lives in: the main layout with the navigation a user's roles
 * allow, the language switch, the translations, error pages, the web security settings
 * shared by every way of signing in, and small components the feature views share.
 * Depends on no feature module: features plug in through
 * {@link org.haven.ui.SignedInUser}.
 */
@ApplicationModule(displayName = "User interface shell")
@NullMarked
package org.haven.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
