/**
 * Small building blocks every module uses: problems with user input, described by message
 * keys and field names so that the user reads them in their own language and no entered
 * value ever reaches an exception message or a log line.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.haven.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
