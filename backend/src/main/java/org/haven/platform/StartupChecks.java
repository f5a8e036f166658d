package org.haven.platform;

import java.util.Arrays;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Refuses, before anything starts, the settings under which Haven would be unsafe with
 * real data, and says what to set instead:
 * <ul>
 * <li>demo mode (the default without {@code prod}: public demo passwords, a passphrase
 * generated next to the keys, keys made on the fly) only with the embedded database; with
 * {@code HAVEN_DB_URL} only when forced ({@code HAVEN_DEMO_FORCE=true}), and then
 * loudly;</li>
 * <li>in demo mode Haven listens on the loopback address unless {@code server.address}
 * says otherwise;</li>
 * <li>{@code prod} signs staff in through Keycloak only: Haven's own sign-in has no
 * second factor (docs/decisions/0017-production-installs.md).</li>
 * </ul>
 * Runs after the configuration files are read, so every source of settings counts.
 */
class StartupChecks implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK = "127.0.0.1";

	private final Log log;

	StartupChecks(DeferredLogFactory logs) {
		this.log = logs.getLog(StartupChecks.class);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
		if (prod && !Arrays.asList(environment.getActiveProfiles()).contains("keycloak")) {
			throw new IllegalStateException("The prod profile needs the keycloak profile too "
					+ "(SPRING_PROFILES_ACTIVE=prod,keycloak): in production staff sign in through Keycloak, with a "
					+ "second factor; Haven's own sign-in has none. See docs/admin/install.md.");
		}
		if (!environment.getProperty("haven.demo", Boolean.class, false)) {
			return;
		}
		if (StringUtils.hasText(environment.getProperty("haven.db.url"))) {
			if (!environment.getProperty("haven.demo-force", Boolean.class, false)) {
				throw new IllegalStateException("Demo mode (the default without the prod profile) runs only on the "
						+ "embedded database, but HAVEN_DB_URL names an external one. For real data start with "
						+ "SPRING_PROFILES_ACTIVE=prod,keycloak (docs/admin/install.md); to run the demonstration on "
						+ "that database anyway, set HAVEN_DEMO_FORCE=true.");
			}
			this.log.warn("DEMO MODE FORCED ON AN EXTERNAL DATABASE (HAVEN_DEMO_FORCE=true): demo accounts with a "
					+ "public password, and a master passphrase generated next to the keys. Never with real data.");
		}
		if (!StringUtils.hasText(environment.getProperty("server.address"))) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("haven-demo-address", Map.of("server.address", LOOPBACK)));
		}
	}

}
