package org.haven.shared;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Describes an exception for the log by types and stack frames only. Messages are left
 * out on purpose: a database or library message may quote the value that caused it.
 * Screens and background jobs alike log a failure under a {@link #newReference()}, which
 * a user can quote and an administrator can find.
 */
public final class SafeErrorDescription {

	private static final int FRAMES_PER_CAUSE = 8;

	private SafeErrorDescription() {
	}

	/** A short, random error number to log a failure under. */
	public static String newReference() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public static String of(Throwable error) {
		StringBuilder description = new StringBuilder();
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause != error) {
				description.append("\n  caused by ");
			}
			description.append(cause.getClass().getName());
			description.append(Arrays.stream(cause.getStackTrace())
				.limit(FRAMES_PER_CAUSE)
				.map(frame -> "\n      at " + frame)
				.collect(Collectors.joining()));
			if (cause.getCause() == cause) {
				break;
			}
		}
		return description.toString();
	}

}
