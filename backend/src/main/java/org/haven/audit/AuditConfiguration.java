package org.haven.audit;

import java.time.Clock;
import java.time.Duration;

import org.haven.crypto.Signatures;
import org.haven.shared.RevealsIdentity;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.JdbcTemplate;
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

	@Bean(destroyMethod = "stop")
	AuditSealer auditSealer(JdbcTemplate jdbc, TransactionTemplate transactions, Signatures signatures, Clock clock,
			@Value("${haven.audit.gap-grace:60s}") Duration gapGrace,
			@Value("${haven.audit.checkpoint-interval:10m}") Duration checkpointInterval) {
		return new AuditSealer(jdbc, transactions, signatures, clock, gapGrace, checkpointInterval);
	}

	@Bean
	AuditVerifier auditVerifier(JdbcTemplate jdbc, Signatures signatures) {
		return new AuditVerifier(jdbc, signatures);
	}

	@Bean(destroyMethod = "stop")
	AuditRetention auditRetention(JdbcTemplate jdbc, TransactionTemplate transactions, AuditTrail trail, Clock clock,
			@Value("${haven.audit.retention:P7Y}") java.time.Period retention) {
		return new AuditRetention(jdbc, transactions, trail, clock, retention);
	}

}
