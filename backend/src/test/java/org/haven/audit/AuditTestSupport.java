package org.haven.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.haven.crypto.Signatures;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reading back what the trail recorded, and sealing it, for tests. */
final class AuditTestSupport {

	private AuditTestSupport() {
	}

	static long lastSeq(JdbcTemplate jdbc) {
		Long seq = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return seq == null ? 0 : seq;
	}

	static List<AuditEvent> eventsAfter(JdbcTemplate jdbc, long seq) {
		return jdbc.query("select " + AuditEventRows.COLUMNS + " from audit_event where seq > ? order by seq",
				AuditEventRows.MAPPER, seq);
	}

	static long unsealed(JdbcTemplate jdbc) {
		Long count = jdbc.queryForObject(
				"select count(*) from audit_event e where not exists (select 1 from audit_chain c where c.event_seq = e.seq)",
				Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * Seals until every event is in the chain; the background sealer may be holding the
	 * lock meanwhile.
	 */
	static void sealEverything(AuditSealer sealer, JdbcTemplate jdbc) {
		for (int round = 0; unsealed(jdbc) > 0; round++) {
			if (sealer.sealAvailable() == 0 && round > 200) {
				throw new AssertionError("The sealer seals nothing: " + sealer.status());
			}
		}
	}

	static long headPosition(JdbcTemplate jdbc) {
		return ChainPosition.latest(jdbc).position();
	}

	static long eventAt(JdbcTemplate jdbc, long position) {
		Long seq = jdbc.queryForObject("select event_seq from audit_chain where position = ?", Long.class, position);
		return seq == null ? -1 : seq;
	}

	static Checkpoint latestCheckpoint(JdbcTemplate jdbc) {
		return jdbc.queryForObject(
				"select position, chain_head, created_at, key_id, signature from audit_checkpoint order by position desc limit 1",
				(row, number) -> new Checkpoint(row.getLong(1), row.getBytes(2), row.getTimestamp(3).toInstant(),
						row.getLong(4), row.getBytes(5)));
	}

	static long checkpointCount(JdbcTemplate jdbc) {
		Long count = jdbc.queryForObject("select count(*) from audit_checkpoint", Long.class);
		return count == null ? 0 : count;
	}

	/** A checkpoint file holding one checkpoint, signed with Haven's key. */
	static CheckpointFile fileOf(Signatures signatures, Checkpoint checkpoint) {
		return new CheckpointFile(signatures.publicKeyset(), List.of(checkpoint), List.of());
	}

	/**
	 * A witness directory as a node leaves it when its sealer last verified the chain up
	 * to {@code head}: a checkpoint of it signed with Haven's key.
	 */
	static Path witnessUpTo(Path directory, Signatures signatures, ChainPosition head) throws IOException {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Checkpoint checkpoint = new Checkpoint(head.position(), head.hash(), now, signatures.signingKeyId(),
				signatures.sign(ChainHash.checkpointBytes(head.position(), head.hash(), now)));
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("witness.txt"),
				CheckpointFile.header(signatures.publicKeyset()) + checkpoint.toLine() + "\n", StandardCharsets.UTF_8);
		return directory;
	}

}
