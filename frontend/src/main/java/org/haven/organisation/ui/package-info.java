/**
 * The organisation's layout on screen: administrators keep offices, teams, memberships,
 * acting supervision and report scopes; supervisors see their teams and the transfers
 * waiting between teams.
 */
@NullMarked
package org.haven.organisation.ui;

import org.jspecify.annotations.NullMarked;
