/**
 * The administrators' Reference lists view: the items of each coded list, adding,
 * relabelling, retiring and reinstating them.
 */
@NullMarked
package org.haven.reference.ui;

import org.jspecify.annotations.NullMarked;
