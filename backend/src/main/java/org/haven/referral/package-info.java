/**
 * Referrals to partner organisations, from a service line of the care plan: to a partner
 * of the directory, for a reason and with an urgency, carrying only the parts of the case
 * the caseworker chose and the person agreed to share with that partner. On sending, the
 * package is frozen, encrypted under the case's data key, and its hash written to the
 * audit trail; the partner's answers move the referral and its service line on. A
 * withdrawal or end of the consent revokes what is open; an unanswered referral expires
 * and raises a task. Case data: need-to-know as for the case, every read and change
 * audited.
 */
@ApplicationModule(displayName = "Referrals")
@NullMarked
package org.haven.referral;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
