package org.haven;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The tests run two application contexts in one JVM (local sign-in and Keycloak), and
 * each installs its own Vaadin-aware security context holder into Spring Security's
 * static {@link SecurityContextHolder} when it starts: the last one started would win for
 * both. Before each test this puts back the holder of the context the test runs in, as if
 * it were the only one, which it is in production.
 */
public class ActiveContextSecurity implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
				.getBeanProvider(SecurityContextHolderStrategy.class)
				.getIfUnique();
			if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
				SecurityContextHolder.setContextHolderStrategy(strategy);
			}
		}
	}

}
