package org.haven.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@link SignInThrottle} slows down guessing. Each count allows its free attempts;
 * after them every further failure must wait {@code firstDelay}, doubled with each
 * failure, at most {@code maxDelay}.
 *
 * @param freeAttempts failed attempts at one account from one client address before the
 * first wait
 * @param freeAttemptsPerAddress failed attempts from one client address, at any account
 * or none
 * @param freeAttemptsPerAccount failed attempts at one account from client addresses it
 * has not signed in from lately
 * @param firstDelay the first wait
 * @param maxDelay the longest wait
 * @param forgetAfter failures this long ago no longer count
 * @param familiarFor how long a client address stays familiar to an account after a
 * successful sign-in from it
 */
@ConfigurationProperties("haven.security.sign-in-throttle")
record SignInThrottleProperties(int freeAttempts, int freeAttemptsPerAddress, int freeAttemptsPerAccount,
		Duration firstDelay, Duration maxDelay, Duration forgetAfter, Duration familiarFor) {

	SignInThrottleProperties {
		freeAttempts = freeAttempts > 0 ? freeAttempts : 3;
		freeAttemptsPerAddress = freeAttemptsPerAddress > 0 ? freeAttemptsPerAddress : 10;
		freeAttemptsPerAccount = freeAttemptsPerAccount > 0 ? freeAttemptsPerAccount : 20;
		firstDelay = positiveOr(firstDelay, Duration.ofSeconds(2));
		maxDelay = positiveOr(maxDelay, Duration.ofMinutes(15));
		forgetAfter = positiveOr(forgetAfter, Duration.ofHours(24));
		familiarFor = positiveOr(familiarFor, Duration.ofDays(30));
		if (maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException(
					"haven.security.sign-in-throttle.max-delay must not be shorter than first-delay");
		}
	}

	static SignInThrottleProperties defaults() {
		return new SignInThrottleProperties(0, 0, 0, null, null, null, null);
	}

	private static Duration positiveOr(Duration given, Duration otherwise) {
		return given != null && given.isPositive() ? given : otherwise;
	}

}
