package org.haven;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.access.UserSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates accounts of a test's own, so that a test that locks or changes an account
 * leaves the shared demo accounts alone.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "test-only-long-secret-31";

	private final UserAccountService accounts;

	private final JdbcTemplate jdbc;

	TestAccounts(UserAccountService accounts, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	public List<UserSummary> all() {
		return asAdministrator(this.accounts::listAccounts);
	}

	/** The language an account remembers, read from the database. */
	public Optional<String> languageOf(String username) {
		return Optional.ofNullable(this.jdbc
			.queryForObject("select preferred_language from app_user where username = ?", String.class, username));
	}

	public UserSummary create(String username, Role... roles) {
		return asAdministrator(() -> this.accounts
			.createAccount(new NewUserAccount(username, "Test " + username, Set.of(roles), PASSWORD)));
	}

	public UserSummary find(String username) {
		return asAdministrator(() -> this.accounts.listAccounts()
			.stream()
			.filter(account -> account.username().equals(username))
			.findFirst()
			.orElseThrow());
	}

	public UserSummary disable(UserSummary account) {
		return asAdministrator(() -> this.accounts.disable(account.id(), account.version()));
	}

	public <T> T asAdministrator(Supplier<T> action) {
		return TestSecurity.as(DemoAccounts.ADMIN, Role.ADMIN, action);
	}

}
