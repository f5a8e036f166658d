package org.haven.platform;

import org.haven.shared.SafeErrorDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The one scheduler that Haven's background jobs run on (the audit sealer's rounds, key
 * rotation, the daily retention of drafts), started and stopped with the application
 * context. At close it stops taking new runs and waits for the runs under way, in the
 * lifecycle's stop phase, so that no job is still writing when the connection pools and
 * the database close after it. Three threads: the sealer's one-second round never waits
 * behind a long rotation or a daily job. A failure that a job did not handle is logged by
 * type and where it was thrown, never by message, which might quote the data it
 * concerned.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobScheduling {

	static final int THREADS = 3;

	private static final Logger log = LoggerFactory.getLogger(JobScheduling.class);

	@Bean
	ThreadPoolTaskScheduler taskScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler() {

			/**
			 * The jobs pause themselves when the context stops; a paused scheduler would
			 * hold its threads until a restart that may never come, and keep the close
			 * waiting.
			 */
			@Override
			public boolean isPauseable() {
				return false;
			}

		};
		scheduler.setPoolSize(THREADS);
		scheduler.setThreadNamePrefix("haven-job-");
		scheduler.setDaemon(true);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(30);
		scheduler.setErrorHandler(error -> log.error("A background job failed [{}]: {}",
				SafeErrorDescription.newReference(), SafeErrorDescription.of(error)));
		return scheduler;
	}

}
