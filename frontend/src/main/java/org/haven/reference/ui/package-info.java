/**
 * The administrators' Reference lists view: the items of each coded list, adding,
 * relabelling, retiring and reinstating them.
 */
package org.haven.reference.ui;
