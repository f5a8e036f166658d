/** The administrators' Keys view: key versions, rotations and their progress. */
@NullMarked
package org.haven.crypto.ui;

import org.jspecify.annotations.NullMarked;
