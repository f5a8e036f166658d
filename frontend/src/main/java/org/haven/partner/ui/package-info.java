/**
 * The partner directory on screen: administrators keep it and hand this installation's
 * public keys file to partners that run Haven; caseworkers read it.
 */
@NullMarked
package org.haven.partner.ui;

import org.jspecify.annotations.NullMarked;
