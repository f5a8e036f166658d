package org.haven.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} that everything in Haven asks for "now": UTC, to the microsecond
 * ({@link MicrosecondClock}). Tests put their own clock in its place.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return MicrosecondClock.of(Clock.systemUTC());
	}

}
