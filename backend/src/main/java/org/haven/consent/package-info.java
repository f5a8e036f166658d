/**
 * The consent ledger: the person's informed consent for each purpose their data may be
 * used for (recording, case management, sharing with one partner organisation,
 * statistics, after-care contact, ...), or a legal basis other than consent where the law
 * allows. A record is never edited: a change, a withdrawal included, is a new version,
 * and every version stays readable. Every module that uses a case's data for a purpose
 * asks {@link org.haven.consent.ConsentCheck} first.
 */
@ApplicationModule(displayName = "Consent")
@NullMarked
package org.haven.consent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
