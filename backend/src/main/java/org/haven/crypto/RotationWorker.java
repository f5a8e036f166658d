package org.haven.crypto;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.haven.crypto.RotationProgress.Keyset;
import org.haven.shared.SafeErrorDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves everything to the primary key version, a batch per transaction, in the
 * background. Its progress is the data itself (rows still under an older version), so a
 * rotation interrupted by a crash simply carries on at the next start. Batches lock their
 * rows with SKIP LOCKED, so that several Haven nodes never work on the same person. Runs
 * on the application's scheduler while the context runs; when it closes, the batch under
 * way ends before the database does.
 */
class RotationWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RotationWorker.class);

	private final Keyring keyring;

	private final FieldEncryption fieldEncryption;

	private final BlindIndex blindIndex;

	private final ObjectProvider<IndexedValues> indexedValues;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	private final Duration pause;

	private final TaskScheduler scheduler;

	private final KeyVersionStates states;

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final Object working = new Object();

	private volatile boolean running;

	private volatile boolean ready;

	RotationWorker(Keyring keyring, FieldEncryption fieldEncryption, BlindIndex blindIndex,
			ObjectProvider<IndexedValues> indexedValues, JdbcTemplate jdbc, TransactionTemplate transactions,
			Clock clock, int batchSize, Duration pause, TaskScheduler scheduler, KeyVersionStates states) {
		this.keyring = keyring;
		this.states = states;
		this.fieldEncryption = fieldEncryption;
		this.blindIndex = blindIndex;
		this.indexedValues = indexedValues;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = batchSize;
		this.pause = pause;
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinishedRotations() {
		this.ready = true;
		wakeUp();
	}

	void wakeUp() {
		if (this.running && this.scheduled.compareAndSet(false, true)) {
			this.scheduler.schedule(this::work, this.scheduler.getClock().instant());
		}
	}

	@Override
	public void start() {
		this.running = true;
		if (this.ready) {
			// started again after a stop (a paused test context): go on with what was
			// under way
			wakeUp();
		}
	}

	/** Lets the batch under way end, and starts no other. */
	@Override
	public void stop() {
		this.running = false;
		synchronized (this.working) {
			this.scheduled.set(false);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void work() {
		synchronized (this.working) {
			this.scheduled.set(false);
			try {
				runPendingWork();
			}
			catch (RuntimeException ex) {
				if (this.running) {
					log.error("Key rotation stopped [{}]; it resumes at the next start or rotation: {}",
							SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
				}
			}
		}
	}

	Optional<RotationProgress> latest() {
		return this.jdbc
			.query("select keyset, target_key_id, state, done, total, started_at, finished_at from key_rotation "
					+ "order by (state = 'RUNNING') desc, started_at desc limit 1",
					(row, number) -> new RotationProgress(Keyset.valueOf(row.getString(1)),
							Integer.toUnsignedLong(row.getInt(2)), "RUNNING".equals(row.getString(3)), row.getLong(4),
							row.getLong(5), row.getTimestamp(6).toInstant(),
							row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant()))
			.stream()
			.findFirst();
	}

	private void runPendingWork() {
		for (Keyset keyset : Keyset.values()) {
			if (!this.running) {
				return;
			}
			if (hasWorkLeft(keyset)) {
				ensureRunningJob(keyset);
				while (this.running && processBatch(keyset) > 0) {
					sleep();
				}
			}
			if (this.running && !hasWorkLeft(keyset)) {
				finish(keyset);
			}
		}
	}

	private boolean hasWorkLeft(Keyset keyset) {
		String query = keyset == Keyset.MASTER ? "select exists (select 1 from data_key where master_key_id <> ?)"
				: "select exists (select 1 from blind_index where key_id <> ?)";
		return Boolean.TRUE.equals(this.jdbc.queryForObject(query, Boolean.class, primary(keyset)));
	}

	private void ensureRunningJob(Keyset keyset) {
		Integer running = this.jdbc.queryForObject(
				"select count(*) from key_rotation where keyset = ? and state = 'RUNNING'", Integer.class,
				keyset.name());
		if (running != null && running == 0) {
			String remaining = keyset == Keyset.MASTER ? "select count(*) from data_key where master_key_id <> ?"
					: "select count(distinct owner_id) from blind_index where key_id <> ?";
			Long total = this.jdbc.queryForObject(remaining, Long.class, primary(keyset));
			this.jdbc.update(
					"insert into key_rotation (id, keyset, target_key_id, state, total, done, started_at, started_by) values (?, ?, ?, 'RUNNING', ?, 0, ?, 'haven')",
					UUID.randomUUID(), keyset.name(), primary(keyset), total, Timestamp.from(this.clock.instant()));
			log.info("Resuming an unfinished rotation of the {} keyset", keyset);
		}
	}

	private int processBatch(Keyset keyset) {
		Integer processed = this.transactions.execute(status -> {
			int count = keyset == Keyset.MASTER ? rewrapBatch() : reindexBatch();
			this.jdbc.update("update key_rotation set done = done + ? where keyset = ? and state = 'RUNNING'", count,
					keyset.name());
			return count;
		});
		return processed == null ? 0 : processed;
	}

	private int rewrapBatch() {
		record Wrapped(UUID owner, byte[] key) {
		}
		List<Wrapped> batch = this.jdbc.query(
				"select owner_id, wrapped_key from data_key where master_key_id <> ? order by owner_id limit ? for update skip locked",
				(row, number) -> new Wrapped(row.getObject(1, UUID.class), row.getBytes(2)), primary(Keyset.MASTER),
				this.batchSize);
		batch.forEach(wrapped -> this.fieldEncryption.rewrap(wrapped.owner(), wrapped.key()));
		return batch.size();
	}

	private int reindexBatch() {
		int primary = primary(Keyset.BLIND_INDEX);
		this.jdbc.update(
				"delete from blind_index where key_id <> ? and owner_id not in (select owner_id from data_key)",
				primary);
		List<UUID> owners = this.jdbc.queryForList(
				"select owner_id from data_key where owner_id in (select owner_id from blind_index where key_id <> ?) "
						+ "order by owner_id limit ? for update skip locked",
				UUID.class, primary, this.batchSize);
		IndexedValues source = this.indexedValues.getIfAvailable();
		for (UUID owner : owners) {
			var values = source == null ? Optional.<Map<BlindIndex.Kind, ? extends Collection<String>>>empty()
					: source.of(owner);
			if (values.isPresent()) {
				this.blindIndex.replace(owner, values.get());
			}
			else {
				this.blindIndex.remove(owner);
			}
		}
		return owners.size();
	}

	private void finish(Keyset keyset) {
		ManagedKeyset managed = keyset == Keyset.MASTER ? this.keyring.master() : this.keyring.blindIndex();
		String inUse = keyset == Keyset.MASTER ? "select distinct master_key_id from data_key"
				: "select distinct key_id from blind_index";
		Set<Integer> unused = new HashSet<>(managed.enabledIds());
		unused.remove(primary(keyset));
		unused.removeAll(this.jdbc.queryForList(inUse, Integer.class));
		if (!unused.isEmpty() && managed.writable()) {
			managed.retire(unused);
			this.states.recordOrSayWhyNot();
			log.info("Retired {} version(s) of the {} keyset that nothing uses any more", unused.size(), keyset);
		}
		else if (!unused.isEmpty()) {
			log.info("{} version(s) of the {} keyset are used by nothing any more; the key files are read-only "
					+ "here, so retire them with 'java -jar haven.jar keys retire'", unused.size(), keyset);
		}
		int finished = this.jdbc.update(
				"update key_rotation set state = 'FINISHED', finished_at = ? where keyset = ? and state = 'RUNNING'",
				Timestamp.from(this.clock.instant()), keyset.name());
		if (finished > 0) {
			log.info("Rotation of the {} keyset finished", keyset);
		}
	}

	private int primary(Keyset keyset) {
		return keyset == Keyset.MASTER ? this.keyring.primaryMasterKeyId() : this.keyring.primaryBlindIndexKeyId();
	}

	private void sleep() {
		try {
			Thread.sleep(this.pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
