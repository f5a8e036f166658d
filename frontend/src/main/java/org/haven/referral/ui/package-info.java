/**
 * Referrals on screen: on the case page, the case's referrals with the dialog that drafts
 * one from a partner's service line, previews the package exactly as the partner will
 * receive it and sends it; the partner's answers recorded by hand, the printable form and
 * the file for a partner that runs Haven. For supervisors, where the referrals stand and
 * the override of missing consent. A view of the referrals received: imported from a
 * file, or recorded by hand, each of which starts an intake.
 */
@NullMarked
package org.haven.referral.ui;

import org.jspecify.annotations.NullMarked;
