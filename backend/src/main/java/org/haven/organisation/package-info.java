/**
 * How the organisation is laid out, for who may see what: offices, their teams, the
 * caseworkers who are members of a team and the supervisors who supervise it, acting
 * supervision for a colleague on leave, and the report scope a supervisor may hold apart
 * from the cases they see. Administrators keep it; the case module asks it which teams a
 * supervisor holds, the reports which teams they count. It names offices, teams and
 * accounts by id, never a person served.
 */
@ApplicationModule(displayName = "Organisation")
@NullMarked
package org.haven.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
