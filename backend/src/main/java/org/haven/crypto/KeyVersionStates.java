package org.haven.crypto;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.haven.crypto.KeyVersionChanged.State;
import org.haven.shared.AuditUnavailableException;
import org.haven.shared.SafeErrorDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the audit trail told of what the key files hold. The keys command changes them
 * while Haven is stopped, where nothing can be recorded; so a node, when it starts and
 * after it changes the files itself, compares every version with what the trail last
 * recorded ({@code key_version_state}) and records each difference as a
 * {@link KeyVersionChanged} (decision 0050). Nodes record one at a time, so that a change
 * is recorded once however many start together.
 */
@Component
class KeyVersionStates {

	private static final Logger log = LoggerFactory.getLogger(KeyVersionStates.class);

	private final Keyring keyring;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	KeyVersionStates(Keyring keyring, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			ApplicationEventPublisher events) {
		this.keyring = keyring;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recordAtStart() {
		recordOrSayWhyNot();
	}

	/**
	 * As {@link #record()}, after the key files changed already: a failure is logged, not
	 * thrown, so that the node starts, or the change made goes on; the next start, or the
	 * next key change made on a node, records what is pending.
	 */
	void recordOrSayWhyNot() {
		try {
			record();
		}
		catch (DataAccessException | TransactionException | AuditUnavailableException ex) {
			log.error(
					"Recording the key versions in the audit trail failed [{}]; the next start, or the next key "
							+ "change made on a node, records them: {}",
					SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
		}
	}

	/**
	 * Records every version whose state differs from the last recorded; returns how many.
	 * The first time, with nothing recorded yet, the versions found are the baseline:
	 * kept, with no event, as a fresh trail has nothing to compare them with.
	 */
	int record() {
		Integer changed = this.transactions.execute(status -> {
			// a node that holds the lock for long must not stall every other node's start
			this.jdbc.execute("set local lock_timeout = '10s'");
			this.jdbc.execute("lock table key_version_state in exclusive mode");
			Map<Version, State> recorded = new HashMap<>();
			this.jdbc.query("select keyset, key_id, state from key_version_state", row -> {
				recorded.put(new Version(row.getString(1), row.getLong(2)), State.valueOf(row.getString(3)));
			});
			Map<Version, State> found = inTheKeyFiles();
			recorded.forEach((version, state) -> {
				if (state != State.DESTROYED && !found.containsKey(version) && held(version.keyset())) {
					found.put(version, State.DESTROYED);
				}
			});
			boolean baseline = recorded.isEmpty();
			int count = 0;
			for (Map.Entry<Version, State> entry : found.entrySet()) {
				Version version = entry.getKey();
				State before = recorded.get(version);
				if (entry.getValue() != before) {
					store(version, entry.getValue());
					if (!baseline) {
						this.events.publishEvent(
								new KeyVersionChanged(version.keyset(), version.id(), entry.getValue(), before));
						count++;
					}
				}
			}
			return count;
		});
		return changed == null ? 0 : changed;
	}

	private Map<Version, State> inTheKeyFiles() {
		Map<Version, State> found = new LinkedHashMap<>();
		for (ManagedKeyset keyset : this.keyring.keysets()) {
			if (keyset.exists()) {
				for (ManagedKeyset.Version version : keyset.versions()) {
					found.put(new Version(name(keyset), Integer.toUnsignedLong(version.id())),
							State.valueOf(version.status().name()));
				}
			}
		}
		return found;
	}

	/**
	 * Whether this node holds the keyset's file: a version missing from it was destroyed.
	 */
	private boolean held(String keyset) {
		return this.keyring.keysets().stream().anyMatch(managed -> managed.exists() && name(managed).equals(keyset));
	}

	private void store(Version version, State state) {
		this.jdbc
			.update("""
					insert into key_version_state (keyset, key_id, state, recorded_at) values (?, ?, ?, ?)
					on conflict (keyset, key_id) do update set state = excluded.state, recorded_at = excluded.recorded_at""",
					version.keyset(), version.id(), state.name(), Timestamp.from(this.clock.instant()));
	}

	/**
	 * The keyset as the audit trail names it: {@code MASTER}, {@code BLIND_INDEX}, ...
	 */
	static String name(ManagedKeyset keyset) {
		return keyset.fileName().replace(".keyset", "").replace('-', '_').toUpperCase(Locale.ROOT);
	}

	private record Version(String keyset, long id) {
	}

}
