/**
 * The case: what happened to a person (the Protocol's acts, means and purposes, control,
 * recruitment, sectors, countries, dates), what they need, the non-punishment record,
 * notes, and the workflow from intake to closure. Known by a pseudonymous case code.
 * Need-to-know is enforced here, in services and queries: a caseworker sees only the
 * cases assigned to them, or one opened by break-glass for an hour.
 */
@ApplicationModule(displayName = "Case file")
@NullMarked
package org.haven.casefile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
