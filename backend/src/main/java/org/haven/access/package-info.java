/**
 * Who may use Haven and as what: staff accounts with their roles and the rule of roles
 * that must not meet, local sign-in with Argon2id password hashes, the password policy
 * and the throttling of repeated failures, accounts linked to the identity provider by
 * its subject, and the demo accounts of the embedded run. Need-to-know on cases and
 * break-glass grants live with the cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.haven.access;
