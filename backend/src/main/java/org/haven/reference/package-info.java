/**
 * Coded lists that case records choose from: the acts, means and forms of exploitation of
 * the Palermo Protocol, means of control, sectors, recruitment channels and vulnerability
 * factors, each item with a label in every language Haven is written in. Codes are stable
 * and stored in cases as strings; administrators add, relabel, retire and reinstate items
 * without a code change, and never delete one.
 */
@ApplicationModule(displayName = "Reference lists")
@NullMarked
package org.haven.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
