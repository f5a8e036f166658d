/**
 * Who may use Haven and as what: staff accounts with their roles, local sign-in with
 * Argon2id password hashes, the password policy and the lockout after repeated failures,
 * and the demo accounts of the embedded run. The need-to-know policy and break-glass
 * grants join it as cases arrive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.haven.access;
