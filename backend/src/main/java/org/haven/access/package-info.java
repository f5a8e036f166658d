/**
 * Who may use Haven and as what: staff accounts with their roles and the rule of roles
 * that must not meet, each account's sign-in and role memberships sealed with the
 * authorisation key so that a role written into the database by hand grants nothing,
 * local sign-in with Argon2id password hashes, the password policy and the throttling of
 * repeated failures, accounts linked to the identity provider by its subject, on a
 * request an administrator answers, the first administrator of a new installation and the
 * demo accounts of the embedded run. Need-to-know on cases and break-glass grants live
 * with the cases.
 */
@ApplicationModule(displayName = "Access")
@NullMarked
package org.haven.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
