/**
 * Caseworkers' and supervisors' screens for cases: my cases, the intake wizard, the case
 * page with identity masked until revealed, break-glass, and the supervisors' case list,
 * closure decisions and break-glass review. Other modules add their parts to the case
 * page through {@code CaseSectionSource} and lead to a case through
 * {@code CaseNavigation}: the named interface here.
 */
@NullMarked
@NamedInterface("case-page")
package org.haven.casefile.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
