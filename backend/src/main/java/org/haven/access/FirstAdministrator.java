package org.haven.access;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A fresh production install has no accounts. When no enabled administrator exists and
 * {@code HAVEN_BOOTSTRAP_ADMIN_USERNAME} and {@code HAVEN_BOOTSTRAP_ADMIN_PASSWORD} are
 * set, this creates that administrator with a password that must be changed at first
 * sign-in. With Keycloak the first administrator is whoever Keycloak gives the
 * {@code admin} role, so this does nothing there.
 */
@Component
@Order(1)
@Profile("!keycloak")
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountService service;

	private final UserAccountRepository accounts;

	private final Properties properties;

	FirstAdministrator(UserAccountService service, UserAccountRepository accounts, Properties properties) {
		this.service = service;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.accounts.existsEnabledAdministrator()) {
			return;
		}
		if (!StringUtils.hasText(this.properties.username()) || !StringUtils.hasText(this.properties.password())) {
			log.warn("No administrator account exists. Set HAVEN_BOOTSTRAP_ADMIN_USERNAME and "
					+ "HAVEN_BOOTSTRAP_ADMIN_PASSWORD and restart to create one.");
			return;
		}
		this.service.createWithoutSignedInUser(new NewUserAccount(this.properties.username(),
				this.properties.username(), Set.of(Role.ADMIN), this.properties.password()), true);
		log.warn("Created the first administrator account; its password must be changed at first sign-in.");
	}

	@ConfigurationProperties("haven.bootstrap.admin")
	record Properties(String username, String password) {

		@Override
		public String toString() {
			return "Properties[username=" + this.username + "]";
		}

	}

}
