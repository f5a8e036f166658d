/**
 * Where Haven keeps its files and its data: the Haven home directory and the PostgreSQL
 * database, either an embedded server started with the application or an external server
 * named by configuration. Hands the application a connection pool for the restricted
 * application role and Flyway a connection for the schema owner.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package org.haven.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
