/**
 * The Haven application: starts the backend's modules with the screens of the frontend in
 * one Spring Boot application.
 */
@NullMarked
package org.haven;

import org.jspecify.annotations.NullMarked;
