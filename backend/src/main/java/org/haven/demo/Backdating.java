package org.haven.demo;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs a step of the seeding as if it were then: an invented case taken in two years ago
 * is registered, consented to, assessed and closed on the days its story says, through
 * the same services that stamp "now" on everything.
 */
interface Backdating {

	<T> T at(Instant moment, Supplier<T> step);

}
