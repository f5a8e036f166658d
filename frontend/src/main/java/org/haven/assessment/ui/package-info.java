/**
 * The case page's assessments: baseline against the latest administration as a chart with
 * its numbers in a table, the latest re-trafficking screen's risk level, and the dialogs
 * that record them; and the administrators' screen of the instruments' versions, where
 * the next version is drafted, edited and published, and a version retired.
 */
@NullMarked
package org.haven.assessment.ui;

import org.jspecify.annotations.NullMarked;
