package org.haven.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * After {@code maxAttempts} wrong passwords in a row an account is locked for
 * {@code duration}.
 */
@ConfigurationProperties("haven.security.lockout")
record LoginLockoutProperties(int maxAttempts, Duration duration) {

	LoginLockoutProperties {
		maxAttempts = maxAttempts > 0 ? maxAttempts : 5;
		duration = duration != null ? duration : Duration.ofMinutes(15);
	}

}
