/**
 * Caseworkers' screens for a person they work with: the person's page with the identity
 * masked until revealed, identity changes and erasure. The identity and profile forms are
 * shared with the intake.
 */
@NamedInterface("forms")
@NullMarked
package org.haven.person.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
