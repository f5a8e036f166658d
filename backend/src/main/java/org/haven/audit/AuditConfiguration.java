package org.haven.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;

import org.flywaydb.core.api.callback.Callback;
import org.haven.crypto.Signatures;
import org.haven.platform.HavenHome;
import org.haven.platform.SealerDatabase;
import org.haven.shared.RevealsIdentity;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/**
	 * Wraps every {@link RevealsIdentity} method, outside Spring Security's method
	 * authorization (which starts at {@code Integer.MIN_VALUE + 100}), so that refusals
	 * are recorded too.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor identityReadAuditing(@Lazy AuditTrail trail) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(RevealsIdentity.class), new IdentityReadAuditing(trail));
		advisor.setOrder(Integer.MIN_VALUE + 50);
		return advisor;
	}

	/** Refuses to start with a retention period below the floor. */
	@Bean
	AuditRetention auditRetention(@Value("${haven.audit.retention:P7Y}") Period retention) {
		return new AuditRetention(retention);
	}

	@Bean
	Callback auditPolicy(AuditRetention retention) {
		return new AuditPolicy(retention);
	}

	@Bean
	Witness auditWitness(HavenHome home) {
		return Witness.in(home);
	}

	/**
	 * Seals through a pool of its own, as the sealer's role; its transactions are its
	 * own, not the application's.
	 */
	@Bean
	AuditSealer auditSealer(SealerDatabase database, Signatures signatures, Witness witness, AuditRetention retention,
			ApplicationEventPublisher events, Clock clock,
			@Value("${haven.audit.checkpoint-interval:10m}") Duration checkpointInterval,
			@Value("${haven.audit.sealer.scheduled:true}") boolean scheduled) {
		return new AuditSealer(new JdbcTemplate(database.dataSource()),
				new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())), signatures, witness,
				retention, events, clock, checkpointInterval, scheduled);
	}

	/**
	 * Runs the sealer's rounds from the application's start and stops it before the
	 * database closes.
	 */
	@Bean
	SealerSchedule sealerSchedule(AuditSealer sealer, TaskScheduler scheduler,
			@Value("${haven.audit.sealer.scheduled:true}") boolean scheduled) {
		return new SealerSchedule(sealer, scheduler, scheduled);
	}

	@Bean
	AuditVerifier auditVerifier(JdbcTemplate jdbc, Signatures signatures) {
		return new AuditVerifier(jdbc, signatures);
	}

}
