/**
 * Runs Haven's benchmarks and prints their figures; the benchmarks themselves sit in the
 * packages of the modules whose internals they measure.
 */
@NullMarked
package org.haven.benchmarks;

import org.jspecify.annotations.NullMarked;
