package org.haven.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.haven.audit.VerificationReport.Break;
import org.haven.crypto.Signatures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run of the database's retention procedure for the {@link AuditSealer}, inside the
 * sealer's transaction and under its writer lock, from the head the sealer verified:
 * checks that the procedure removed no more than the sealer's own plan allows and that
 * the rest of the chain continues from the anchor it returned, then signs the record of
 * it into the witness and the database. Anything amiss throws {@link Refused}, which
 * rolls it all back.
 */
class SignedRetention {

	private static final Logger log = LoggerFactory.getLogger(SignedRetention.class);

	private final JdbcTemplate jdbc;

	private final ChainRecords records;

	private final AuditRetention retention;

	private final AuditVerifier verifier;

	private final Signatures signatures;

	private final Witness witness;

	SignedRetention(JdbcTemplate jdbc, AuditRetention retention, AuditVerifier verifier, Signatures signatures,
			Witness witness) {
		this.jdbc = jdbc;
		this.records = new ChainRecords(jdbc);
		this.retention = retention;
		this.verifier = verifier;
		this.signatures = signatures;
		this.witness = witness;
	}

	/** The signed record of what the procedure removed; null when it removed nothing. */
	@Nullable RetentionRecord run(ChainPosition verified) {
		Instant now = this.jdbc.queryForObject("select clock_timestamp()", Timestamp.class).toInstant();
		long planned = this.retention.lastRemovable(this.jdbc, now, verified.position());
		Long first = this.records.firstPosition();
		Optional<AuditRetention.Run> run = this.retention.run(this.jdbc);
		if (run.isEmpty()) {
			return null;
		}
		AuditRetention.Run done = run.get();
		Long nowFirst = this.records.firstPosition();
		boolean asPlanned = first != null && done.firstRemoved() == first && done.lastRemoved() <= planned
				&& !done.cutOff().isAfter(this.retention.cutOff(done.at()))
				&& (nowFirst == null ? done.lastRemoved() == verified.position() : nowFirst == done.lastRemoved() + 1);
		if (!asPlanned) {
			throw new Refused(Break.RETENTION_RECORD_INVALID, done.firstRemoved());
		}
		ChainPosition anchor = new ChainPosition(done.lastRemoved(), done.anchor());
		boolean anchored = nowFirst == null ? Arrays.equals(done.anchor(), verified.hash())
				: this.verifier.continuesFrom(anchor);
		if (!anchored) {
			throw new Refused(Break.RETENTION_ANCHOR_MISMATCH, done.lastRemoved());
		}
		RetentionRecord unsigned = new RetentionRecord(AuditSealer.micros(done.at()), AuditSealer.micros(done.cutOff()),
				done.firstRemoved(), done.lastRemoved(), done.anchor(), done.eventsRemoved(),
				this.signatures.signingKeyId(), new byte[0]);
		RetentionRecord signed = new RetentionRecord(unsigned.appliedAt(), unsigned.cutOff(), unsigned.firstRemoved(),
				unsigned.lastRemoved(), unsigned.anchor(), unsigned.eventsRemoved(), unsigned.keyId(),
				this.signatures.sign(unsigned.signedBytes()));
		this.witness.append(signed);
		this.records.insertRetention(signed);
		log.info("Audit retention removed {} events (chain positions {} to {})", signed.eventsRemoved(),
				signed.firstRemoved(), signed.lastRemoved());
		return signed;
	}

	/** Retention found the chain or its own record amiss, at a position. */
	static final class Refused extends RuntimeException {

		private final Break problem;

		private final long position;

		Refused(Break problem, long position) {
			super(problem.name(), null, false, false);
			this.problem = problem;
			this.position = position;
		}

		Break problem() {
			return this.problem;
		}

		long position() {
			return this.position;
		}

	}

}
