/**
 * Assistance on screen: the tasks of a case on its page, and on the home page the work
 * due for the signed-in caseworker and the tasks escalated to supervisors, by case code
 * only.
 */
@NullMarked
package org.haven.assistance.ui;

import org.jspecify.annotations.NullMarked;
