/**
 * The invented data of the demonstration run: a few hundred synthetic cases, with their
 * consents, services, referrals, assessments and closures, made through the other
 * modules' services as caseworkers, supervisors and administrators make them, so that
 * every screen and every report shows something on a first start. Only with
 * {@code haven.demo=true} and {@code haven.demo.cases=true}, never with Keycloak or in
 * production. Depends on the other modules; nothing depends on it.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package org.haven.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
