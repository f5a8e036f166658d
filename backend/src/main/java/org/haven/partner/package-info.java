/**
 * The directory of partner organisations that Haven refers people to: what each offers,
 * to whom, how to reach it, the data-sharing agreement that allows identity to travel to
 * it and, for a partner that also runs Haven, its public keys. Administrators keep it;
 * caseworkers read it. It names organisations, never a person.
 */
@ApplicationModule(displayName = "Partners")
@NullMarked
package org.haven.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
