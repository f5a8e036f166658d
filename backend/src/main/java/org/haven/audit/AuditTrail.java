package org.haven.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.haven.access.AccountDirectory;
import org.haven.platform.AuditDatabase;
import org.haven.shared.AuditUnavailableException;
import org.haven.shared.PseudonymousId;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events. Inside a transaction that changes data, the event joins it: the
 * change and its record commit together or not at all. Otherwise (reads, refusals,
 * sign-ins) the event commits on its own before the caller goes on. If it cannot be
 * written, {@link AuditUnavailableException}: the caller fails closed.
 */
@Service
public class AuditTrail {

	private static final String INSERT = """
			insert into audit_event (occurred_at, actor_id, actor_username, actor_roles, action, subject_type,
			                         subject_id, fields, outcome, reason, session_hash, client_address)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	/** Records written apart from the caller's transaction, on a pool of their own. */
	private final JdbcTemplate apartJdbc;

	private final TransactionTemplate ownTransaction;

	/** Looks the actor up when the caller's transaction failed before its record. */
	private final TransactionTemplate freshLookup;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final MeterRegistry meters;

	AuditTrail(JdbcTemplate jdbc, AuditDatabase apart, PlatformTransactionManager transactions,
			AccountDirectory accounts, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.freshLookup = new TransactionTemplate(transactions);
		this.freshLookup.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.freshLookup.setReadOnly(true);
		this.apartJdbc = new JdbcTemplate(apart.dataSource());
		this.meters = meters;
		this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(apart.dataSource()));
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Records an action of the signed-in user (or of nobody yet, for a failed sign-in).
	 */
	public void record(Action action, Outcome outcome, PseudonymousId subject, List<String> fields, String reason) {
		record(action, outcome, SecurityContextHolder.getContext().getAuthentication(), subject, fields, reason);
	}

	/**
	 * Records an action of the signed-in user in a transaction of its own, so that the
	 * record stays when the work it is about is refused and rolls back.
	 */
	public void recordApart(Action action, Outcome outcome, PseudonymousId subject, String reason) {
		Authentication actor = SecurityContextHolder.getContext().getAuthentication();
		append(action, () -> values(action, outcome, actor, subject, List.of(), reason), false);
	}

	/**
	 * Records an action of the given authentication, for events that arrive before the
	 * context holds it.
	 */
	public void record(Action action, Outcome outcome, Authentication actor, PseudonymousId subject,
			List<String> fields, String reason) {
		append(action, () -> values(action, outcome, actor, subject, fields, reason),
				TransactionSynchronizationManager.isActualTransactionActive()
						&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly());
	}

	private Object[] values(Action action, Outcome outcome, Authentication actor, PseudonymousId subject,
			List<String> fields, String reason) {
		boolean signedIn = actor != null && actor.isAuthenticated() && !(actor instanceof AnonymousAuthenticationToken);
		String username = signedIn ? actor.getName() : null;
		String actorId = signedIn ? actorId(username) : null;
		String roles = signedIn ? AuditEventRows.stored(actor.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.sorted()
			.toList()) : "";
		Optional<HttpServletRequest> request = currentRequest();
		Object[] values = { Timestamp.from(this.clock.instant()), actorId, username, roles, action.name(),
				subject == null ? null : subject.type(), subject == null ? null : subject.value(),
				AuditEventRows.stored(fields), outcome.name(), truncate(reason, 500),
				request.map(AuditTrail::sessionHash).orElse(null),
				request.map(HttpServletRequest::getRemoteAddr).orElse(null) };
		return values;
	}

	/**
	 * The account's id, looked up in the caller's transaction, on the connection it holds
	 * already; in a fresh one when the caller's failed before its record, which may be
	 * the report of that very failure.
	 */
	private String actorId(String username) {
		try {
			return recordedIdOf(username);
		}
		catch (DataAccessException | TransactionException callersTransactionFailed) {
			String found = this.freshLookup.execute(status -> recordedIdOf(username));
			return found == null ? username : found;
		}
	}

	/** The account's id, or the username itself for an account Haven cannot vouch for. */
	private String recordedIdOf(String username) {
		return this.accounts.recordedIdOf(username).map(Object::toString).orElse(username);
	}

	/**
	 * Writes the record in the caller's transaction, so that both commit or neither, or
	 * else apart from it.
	 */
	private void append(Action action, Supplier<Object[]> record, boolean joiningTheCaller) {
		Timer.Sample appending = Timer.start(this.meters);
		try {
			Object[] values = record.get();
			if (joiningTheCaller) {
				this.jdbc.update(INSERT, values);
			}
			else {
				this.ownTransaction.executeWithoutResult(status -> this.apartJdbc.update(INSERT, values));
			}
			appending.stop(appendTimer(action, "written"));
		}
		catch (DataAccessException | TransactionException ex) {
			appending.stop(appendTimer(action, "unavailable"));
			throw new AuditUnavailableException(ex);
		}
	}

	/**
	 * Labelled by coded values only: the action and whether the event could be written.
	 */
	private Timer appendTimer(Action action, String result) {
		return Timer.builder("haven.audit.append")
			.description("Audit events written, and how long writing each took")
			.tag("action", action.name())
			.tag("result", result)
			.register(this.meters);
	}

	private static Optional<HttpServletRequest> currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.of(attributes.getRequest());
		}
		return Optional.empty();
	}

	private static String sessionHash(HttpServletRequest request) {
		try {
			HttpSession session = request.getSession(false);
			if (session == null) {
				return null;
			}
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(session.getId().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (IllegalStateException | NoSuchAlgorithmException ex) {
			return null;
		}
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
