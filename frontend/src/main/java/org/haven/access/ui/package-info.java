/**
 * Screens of the access module: the local sign-in, the administrators' accounts view and
 * the password change every user has.
 */
package org.haven.access.ui;
