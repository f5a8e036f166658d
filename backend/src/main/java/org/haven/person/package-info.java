/**
 * The people Haven's users support. Each person has an identity (names, aliases, date of
 * birth, contacts, addresses, identity document, identifying remarks), encrypted field by
 * field under the person's own data key and found by blind indexes, and a coded profile
 * (gender, age, nationality, languages, disability, migration status, vulnerability
 * factors) that stays queryable for anonymised statistics. Everywhere else a person is
 * known by a pseudonymous code. Erasure destroys the data key.
 */
@ApplicationModule(displayName = "Person")
@NullMarked
package org.haven.person;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
