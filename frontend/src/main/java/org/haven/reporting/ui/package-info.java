/**
 * The supervisors' anonymised reports: every figure as disclosure control let it through,
 * hidden ones said in words, and exports under the export's k.
 */
@NullMarked
package org.haven.reporting.ui;

import org.jspecify.annotations.NullMarked;
