/**
 * The case page's assessments: baseline against the latest administration as a chart with
 * its numbers in a table, and the dialog that records an administration.
 */
@NullMarked
package org.haven.assessment.ui;

import org.jspecify.annotations.NullMarked;
