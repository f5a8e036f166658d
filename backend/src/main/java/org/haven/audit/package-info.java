/**
 * The tamper-evident record of every access and change: who saw which person's identity,
 * when, as what, and why; sign-ins, refusals, account and key operations, the auditors'
 * own searches. Events are appended only, linked into a SHA-256 hash chain by a sealer,
 * and checkpoints of the chain are signed with a key outside the database, so that a
 * verifier can prove nobody changed the answer.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package org.haven.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
