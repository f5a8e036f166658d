/**
 * Anonymised reports: counts of persons who consented to anonymised statistics, never a
 * cell below k on a screen or in an export, with complementary suppression so that no
 * suppressed count can be worked out from what is shown. Depends on the other modules;
 * nothing depends on it.
 */
@ApplicationModule(displayName = "Reporting")
@NullMarked
package org.haven.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
