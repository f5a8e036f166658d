/**
 * Screens of the access module: the local sign-in, the administrators' accounts view and
 * the password change every user has.
 */
@NullMarked
package org.haven.access.ui;

import org.jspecify.annotations.NullMarked;
