package org.haven.crypto;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.crypto.RotationProgress.Keyset;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.shared.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What administrators see and do with keys: the versions of each keyset and how many
 * persons (or sealed rows) each serves, rotations (a new primary version, then a
 * background job that moves everything to it), and the destruction of retired versions.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class KeyRotation {

	private final Keyring keyring;

	private final RotationWorker worker;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<SealedRows> sealedRows;

	private final KeyVersionStates states;

	KeyRotation(Keyring keyring, RotationWorker worker, JdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events, ObjectProvider<SealedRows> sealedRows, KeyVersionStates states) {
		this.keyring = keyring;
		this.states = states;
		this.sealedRows = sealedRows;
		this.worker = worker;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	public List<KeyVersion> masterVersions() {
		Map<Integer, Long> uses = counts("select master_key_id, count(*) from data_key group by master_key_id");
		return versions(this.keyring.master(), uses);
	}

	public List<KeyVersion> blindIndexVersions() {
		Map<Integer, Long> uses = counts("select key_id, count(distinct owner_id) from blind_index group by key_id");
		return versions(this.keyring.blindIndex(), uses);
	}

	/**
	 * The versions of the key that seals the rows granting access, with how many rows
	 * each sealed.
	 */
	public List<KeyVersion> authorizationVersions() {
		Map<Integer, Long> uses = new HashMap<>();
		this.sealedRows.orderedStream()
			.forEach(rows -> rows.sealsPerKeyVersion()
				.forEach((id, count) -> uses.merge((int) id.longValue(), count, Long::sum)));
		return versions(this.keyring.authorization(), uses);
	}

	/**
	 * Whether this node may change the key files; where they are read-only, shared by
	 * every node, keys change through {@code java -jar haven.jar keys} instead.
	 */
	public boolean keysWritable() {
		return this.keyring.master().writable() && this.keyring.blindIndex().writable();
	}

	/** The running rotation, or else the last one. */
	public Optional<RotationProgress> latestRotation() {
		return this.worker.latest();
	}

	/**
	 * Makes a new master key version primary and re-wraps every data key under it in the
	 * background.
	 */
	public RotationProgress rotateMasterKey(String startedBy) {
		return start(Keyset.MASTER, startedBy);
	}

	/**
	 * Makes a new blind-index key version primary and recomputes every index in the
	 * background.
	 */
	public RotationProgress rotateBlindIndexKey(String startedBy) {
		return start(Keyset.BLIND_INDEX, startedBy);
	}

	/**
	 * Removes a retired version's key material for good. Backups made while it was in use
	 * can then no longer be read: do this only once they have expired.
	 */
	public void destroyRetiredVersion(Keyset keyset, long id) {
		refuseWhenReadOnly();
		ManagedKeyset managed = keyset == Keyset.MASTER ? this.keyring.master() : this.keyring.blindIndex();
		boolean retired = managed.versions()
			.stream()
			.anyMatch(version -> Integer.toUnsignedLong(version.id()) == id
					&& version.status() == KeyVersion.Status.RETIRED);
		if (!retired) {
			throw new InvalidInputException(Problem.ofForm("keys.destroy.not-retired"));
		}
		managed.destroy((int) id);
		this.events.publishEvent(new KeyVersionDestroyed(keyset, id));
		this.states.recordOrSayWhyNot();
	}

	private void refuseWhenReadOnly() {
		if (!keysWritable()) {
			throw new InvalidInputException(Problem.ofForm("keys.read-only.refused"));
		}
	}

	private synchronized RotationProgress start(Keyset keyset, String startedBy) {
		refuseWhenReadOnly();
		if (this.worker.latest().map(RotationProgress::running).orElse(false)) {
			throw new InvalidInputException(Problem.ofForm("keys.rotation.already-running"));
		}
		int target = (keyset == Keyset.MASTER ? this.keyring.master() : this.keyring.blindIndex()).addPrimaryVersion();
		long total = keyset == Keyset.MASTER ? count("select count(*) from data_key")
				: count("select count(distinct owner_id) from blind_index");
		this.jdbc.update(
				"insert into key_rotation (id, keyset, target_key_id, state, total, done, started_at, started_by) values (?, ?, ?, 'RUNNING', ?, 0, ?, ?)",
				UUID.randomUUID(), keyset.name(), target, total, Timestamp.from(this.clock.instant()), startedBy);
		this.events.publishEvent(new KeyRotationStarted(keyset, Integer.toUnsignedLong(target)));
		this.worker.wakeUp();
		this.states.recordOrSayWhyNot();
		return this.worker.latest().orElseThrow();
	}

	private List<KeyVersion> versions(ManagedKeyset managed, Map<Integer, Long> uses) {
		return managed.versions()
			.stream()
			.map(version -> new KeyVersion(Integer.toUnsignedLong(version.id()), version.status(), version.created(),
					uses.getOrDefault(version.id(), 0L)))
			.toList();
	}

	private Map<Integer, Long> counts(String query) {
		return this.jdbc.query(query, (row, number) -> Map.entry(row.getInt(1), row.getLong(2)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private long count(String query) {
		Long count = this.jdbc.queryForObject(query, Long.class);
		return count == null ? 0 : count;
	}

}
