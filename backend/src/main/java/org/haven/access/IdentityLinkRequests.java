package org.haven.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Requests to tie an account to a person of the identity provider
 * ({@code identity_link_request}), one per account and person: if two people of the
 * identity provider ask for the same account, the administrator sees both.
 */
@Component
class IdentityLinkRequests {

	private final JdbcTemplate jdbc;

	IdentityLinkRequests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the request, or refreshes its name and time when the person asks again. */
	void record(UUID account, String subject, String nameAtIdentityProvider, Instant now) {
		this.jdbc.update("""
				INSERT INTO identity_link_request (account_id, subject, display_name, requested_at)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (account_id, subject)
				DO UPDATE SET display_name = excluded.display_name, requested_at = excluded.requested_at
				""", account, subject, nameAtIdentityProvider, Timestamp.from(now));
	}

	/**
	 * Requests for accounts that are still not tied to the identity provider, oldest
	 * first.
	 */
	List<LinkRequest> pending() {
		return this.jdbc.query("""
				SELECT r.account_id, u.username, r.display_name, r.subject, r.requested_at, u.version
				FROM identity_link_request r JOIN app_user u ON u.id = r.account_id
				WHERE u.external_subject IS NULL
				ORDER BY r.requested_at, u.username
				""",
				(row, number) -> new LinkRequest(row.getObject("account_id", UUID.class), row.getString("username"),
						row.getString("display_name"), row.getString("subject"),
						row.getTimestamp("requested_at").toInstant(), row.getLong("version")));
	}

	boolean exists(UUID account, String subject) {
		Integer found = this.jdbc.queryForObject(
				"SELECT count(*) FROM identity_link_request WHERE account_id = ? AND subject = ?", Integer.class,
				account, subject);
		return found != null && found > 0;
	}

	/** Returns whether there was such a request. */
	boolean remove(UUID account, String subject) {
		return this.jdbc.update("DELETE FROM identity_link_request WHERE account_id = ? AND subject = ?", account,
				subject) > 0;
	}

	void removeAll(UUID account) {
		this.jdbc.update("DELETE FROM identity_link_request WHERE account_id = ?", account);
	}

}
