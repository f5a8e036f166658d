package org.haven.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.haven.crypto.Signatures;
import org.haven.shared.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What auditors do: search events, follow one subject or one user, look at highlights of
 * unusual patterns, check the chain's integrity, export. Auditors see events, never case
 * content. What they do is itself recorded.
 */
@Service
@PreAuthorize("hasRole('" + Roles.AUDITOR + "')")
public class AuditWorkspace {

	private final JdbcTemplate jdbc;

	private final AuditTrail trail;

	private final AuditVerifier verifier;

	private final Signatures signatures;

	private final Witness witness;

	private final AuditSealer sealer;

	private final Clock clock;

	private final int revealsPerHour;

	private final int deniedPerHour;

	private final int probingChecksPerHour;

	private final int workdayStarts;

	private final int workdayEnds;

	private final ZoneId zone;

	AuditWorkspace(JdbcTemplate jdbc, AuditTrail trail, AuditVerifier verifier, Signatures signatures, Witness witness,
			AuditSealer sealer, Clock clock, @Value("${haven.audit.highlights.reveals-per-hour:20}") int revealsPerHour,
			@Value("${haven.audit.highlights.denials-per-hour:5}") int deniedPerHour,
			@Value("${haven.audit.highlights.probing-checks-per-hour:5}") int probingChecksPerHour,
			@Value("${haven.audit.highlights.workday-starts:7}") int workdayStarts,
			@Value("${haven.audit.highlights.workday-ends:20}") int workdayEnds,
			@Value("${haven.audit.highlights.zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
		this.jdbc = jdbc;
		this.trail = trail;
		this.verifier = verifier;
		this.signatures = signatures;
		this.witness = witness;
		this.sealer = sealer;
		this.clock = clock;
		this.revealsPerHour = revealsPerHour;
		this.deniedPerHour = deniedPerHour;
		this.probingChecksPerHour = probingChecksPerHour;
		this.workdayStarts = workdayStarts;
		this.workdayEnds = workdayEnds;
		this.zone = ZoneId.of(zone);
	}

	/**
	 * One page of matching events, newest first. The first page of a query is a search
	 * and is recorded; later pages of the same query are not.
	 */
	public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
		if (offset == 0) {
			this.trail.record(Action.AUDIT_SEARCHED, Outcome.ALLOWED, null, query.criteria(), null);
		}
		Sql sql = where(query);
		sql.arguments.add(limit);
		sql.arguments.add(offset);
		return this.jdbc.query("select " + AuditEventRows.COLUMNS + " from audit_event" + sql.where
				+ " order by seq desc limit ? offset ?", AuditEventRows.MAPPER, sql.arguments.toArray());
	}

	public List<Highlight> highlights(Duration period) {
		Timestamp since = Timestamp.from(this.clock.instant().minus(period));
		List<Highlight> highlights = new ArrayList<>();
		highlights.addAll(this.jdbc.query("""
				select actor_username, date_trunc('hour', occurred_at) as hour, count(*) from audit_event
				where action = 'IDENTITY_REVEALED' and outcome = 'ALLOWED' and occurred_at >= ?
				group by actor_username, hour having count(*) > ? order by hour desc""",
				(row, number) -> new Highlight(Highlight.Pattern.MANY_REVEALS_IN_AN_HOUR, row.getString(1),
						row.getTimestamp(2).toInstant(), row.getLong(3)),
				since, this.revealsPerHour));
		highlights.addAll(this.jdbc.query(
				"""
						select actor_username, min(occurred_at), count(*) from audit_event
						where action = 'IDENTITY_REVEALED' and occurred_at >= ?
						  and (extract(hour from occurred_at at time zone ?) < ? or extract(hour from occurred_at at time zone ?) >= ?
						       or extract(isodow from occurred_at at time zone ?) > 5)
						group by actor_username, date_trunc('day', occurred_at at time zone ?) order by 2 desc""",
				(row, number) -> new Highlight(Highlight.Pattern.REVEALS_OUTSIDE_WORKING_HOURS, row.getString(1),
						row.getTimestamp(2).toInstant(), row.getLong(3)),
				since, this.zone.getId(), this.workdayStarts, this.zone.getId(), this.workdayEnds, this.zone.getId(),
				this.zone.getId()));
		highlights.addAll(this.jdbc.query("""
				select coalesce(actor_username, subject_type || ' ' || coalesce(subject_id, '')),
				       date_trunc('hour', occurred_at) as hour, count(*) from audit_event
				where outcome = 'DENIED' and occurred_at >= ?
				group by 1, hour having count(*) >= ? order by hour desc""",
				(row, number) -> new Highlight(Highlight.Pattern.REPEATED_DENIALS, row.getString(1),
						row.getTimestamp(2).toInstant(), row.getLong(3)),
				since, this.deniedPerHour));
		highlights.addAll(this.jdbc.query("""
				select reason || coalesce(' ' || subject_type || ' ' || subject_id, ''), min(occurred_at), count(*)
				from audit_event where action = 'INTEGRITY_CHECK_FAILED' and occurred_at >= ?
				group by 1 order by 2 desc""", (row, number) -> new Highlight(Highlight.Pattern.INTEGRITY_FINDINGS,
				row.getString(1), row.getTimestamp(2).toInstant(), row.getLong(3)), since));
		highlights.addAll(this.jdbc.query("""
				select actor_username, date_trunc('hour', occurred_at) as hour, count(*) from audit_event
				where action = 'DUPLICATES_CHECKED' and reason like ? and occurred_at >= ?
				group by actor_username, hour having count(*) >= ? order by hour desc""",
				(row, number) -> new Highlight(Highlight.Pattern.REPEATED_MATCHES_OUTSIDE_OWN_CASES, row.getString(1),
						row.getTimestamp(2).toInstant(), row.getLong(3)),
				"%" + AuditedPersonEvents.OUTSIDE_OWN_CASES + ")%", since, this.probingChecksPerHour));
		return highlights;
	}

	/**
	 * Checks the whole chain from its start (or from where signed retention records left
	 * it), against the signed checkpoints of the database and of this node's witness, and
	 * records the result.
	 */
	public VerificationReport verifyIntegrity(LongConsumer progress) {
		VerificationReport report = this.verifier.verify(this.witness.read().orElse(null), false, progress);
		record(report, "");
		return report;
	}

	/**
	 * Checks the chain from the newest checkpoint of a file kept outside Haven, trusted
	 * with that file's own public key, and records the result.
	 */
	public VerificationReport verifyFrom(CheckpointFile trusted, LongConsumer progress) {
		VerificationReport report = this.verifier.verify(trusted, true, progress);
		record(report, "checkpoint file: ");
		return report;
	}

	/** What this node's sealer is doing, and whether it refuses because of a break. */
	public SealerStatus sealerStatus() {
		return this.sealer.status();
	}

	/**
	 * This node's witness, a checkpoint file of everything its sealer signed, for
	 * auditors to keep elsewhere or to check with {@code verify-audit}.
	 */
	public void exportWitness(OutputStream target) {
		this.trail.record(Action.CHECKPOINTS_EXPORTED, Outcome.ALLOWED, null, List.of(), "witness");
		if (this.witness.exists()) {
			this.witness.exportTo(target);
		}
		else {
			try {
				target.write(CheckpointFile.header(this.signatures.publicKeyset()).getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void record(VerificationReport report, String from) {
		this.trail.record(Action.AUDIT_VERIFIED, report.intact() ? Outcome.ALLOWED : Outcome.FAILED, null, List.of(),
				from + describe(report));
	}

	static String describe(VerificationReport report) {
		if (!report.intact()) {
			return report.problem() + " at position " + report.firstBrokenPosition();
		}
		return "intact up to position " + report.lastPosition() + (report.removedByRetention() == null ? ""
				: "; positions 1 to " + report.removedByRetention().lastPosition() + " removed by retention");
	}

	/**
	 * The columns of the CSV export, in order, by their codes; the export names each in
	 * the auditor's language. Times are ISO 8601 in UTC, whatever the language.
	 */
	public static final List<String> CSV_COLUMNS = List.of("seq", "occurred_at", "actor_id", "actor_username",
			"actor_roles", "action", "subject_type", "subject_id", "fields", "outcome", "reason", "session_hash",
			"client_address");

	/**
	 * Writes the matching events as CSV, under a header row of {@code columnHeader}
	 * applied to each of {@link #CSV_COLUMNS}. Cells that a spreadsheet would run as a
	 * formula are defused with a leading apostrophe. Recorded before anything is written.
	 */
	public void exportCsv(AuditQuery query, Function<String, String> columnHeader, OutputStream target) {
		this.trail.record(Action.AUDIT_EXPORTED, Outcome.ALLOWED, null, query.criteria(), "csv");
		Sql sql = where(query);
		try (Writer out = new OutputStreamWriter(target, StandardCharsets.UTF_8)) {
			out.write(CSV_COLUMNS.stream().map(columnHeader).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n");
			this.jdbc.query("select " + AuditEventRows.COLUMNS + " from audit_event" + sql.where + " order by seq",
					row -> {
						AuditEvent event = AuditEventRows.MAPPER.mapRow(row, 0);
						try {
							out.write(String.join(",", Csv.cell(Long.toString(event.seq())),
									Csv.cell(event.occurredAt().toString()), Csv.cell(event.actorId()),
									Csv.cell(event.actorUsername()), Csv.cell(String.join(" ", event.actorRoles())),
									Csv.cell(event.action()), Csv.cell(event.subjectType()),
									Csv.cell(event.subjectId()), Csv.cell(String.join(" ", event.fields())),
									Csv.cell(event.outcome().name()), Csv.cell(event.reason()),
									Csv.cell(event.sessionHash()), Csv.cell(event.clientAddress())));
							out.write("\r\n");
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}, sql.arguments.toArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The signed checkpoints with the public key, for auditors to keep outside Haven. */
	public void exportCheckpoints(OutputStream target) {
		this.trail.record(Action.CHECKPOINTS_EXPORTED, Outcome.ALLOWED, null, List.of(), null);
		try (Writer out = new OutputStreamWriter(target, StandardCharsets.UTF_8)) {
			out.write(CheckpointFile.header(this.signatures.publicKeyset()));
			for (Checkpoint checkpoint : checkpoints()) {
				out.write(checkpoint.toLine());
				out.write("\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<Checkpoint> checkpoints() {
		return this.jdbc.query(
				"select position, chain_head, created_at, key_id, signature from audit_checkpoint order by position",
				(row, number) -> new Checkpoint(row.getLong(1), row.getBytes(2), row.getTimestamp(3).toInstant(),
						row.getLong(4), row.getBytes(5)));
	}

	private static Sql where(AuditQuery query) {
		Sql sql = new Sql();
		if (query.from() != null) {
			sql.and("occurred_at >= ?", Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.and("occurred_at < ?", Timestamp.from(query.to()));
		}
		if (query.actor() != null && !query.actor().isBlank()) {
			sql.and("actor_username = ?", query.actor().strip().toLowerCase(Locale.ROOT));
		}
		if (query.action() != null) {
			sql.and("action = ?", query.action().name());
		}
		if (query.subjectId() != null && !query.subjectId().isBlank()) {
			sql.and("subject_id = ?", query.subjectId().strip());
		}
		if (query.outcome() != null) {
			sql.and("outcome = ?", query.outcome().name());
		}
		return sql;
	}

	private static final class Sql {

		String where = "";

		final List<Object> arguments = new ArrayList<>();

		void and(String condition, Object argument) {
			this.where += (this.where.isEmpty() ? " where " : " and ") + condition;
			this.arguments.add(argument);
		}

	}

}
