/** The administrators' Keys view: key versions, rotations and their progress. */
package org.haven.crypto.ui;
