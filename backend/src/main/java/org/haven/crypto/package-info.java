/**
 * Keys and what they protect. A master keyset in a passphrase-protected file under the
 * Haven home (never in the database) wraps one data key per person; identity fields are
 * encrypted with Tink AEAD under that data key, each ciphertext bound to its owner and
 * field. Blind indexes (a keyed HMAC of the normalised value, truncated) find exact
 * matches without decrypting. Rotating the master or the blind-index keyset runs as a
 * resumable background job; destroying a data key erases what it protected. An audit
 * signing keyset signs the audit trail's checkpoints, and an authorisation keyset seals
 * the rows that grant access to identity ({@link org.haven.crypto.AuthorizationSeal}),
 * which the modules that own them check and let auditors check all at once
 * ({@link org.haven.crypto.SealedRows}).
 */
@ApplicationModule(displayName = "Crypto")
@NullMarked
package org.haven.crypto;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
