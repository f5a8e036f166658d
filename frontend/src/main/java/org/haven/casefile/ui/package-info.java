/**
 * Caseworkers' and supervisors' screens for cases: my cases, the intake wizard, the case
 * page with identity masked until revealed, break-glass, and the supervisors' case list,
 * closure decisions and break-glass review.
 */
@NullMarked
package org.haven.casefile.ui;

import org.jspecify.annotations.NullMarked;
