package org.haven.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which day it is where Haven runs: the installation's time zone, as its users' screens
 * reckon it ({@code UserLocale}), so that "not in the future" means the same on a screen
 * and in a service.
 */
public final class Days {

	private Days() {
	}

	public static LocalDate today(Clock clock) {
		return of(clock.instant());
	}

	/** The day it was, where Haven runs, at that instant. */
	public static LocalDate of(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneId.systemDefault());
	}

}
