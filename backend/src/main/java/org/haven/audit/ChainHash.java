package org.haven.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The canonical encoding and hashing of the chain, documented in docs/security/audit.md
 * so that anyone can check a chain without Haven: <pre>
 * event: SHA-256("haven-audit-event/v1" 0x00 || previous hash || enc(seq) || enc(occurred_at)
 *          || enc(actor_id) || enc(actor_username) || enc(actor_roles) || enc(action)
 *          || enc(subject_type) || enc(subject_id) || enc(fields) || enc(outcome) || enc(reason)
 *          || enc(session_hash) || enc(client_address))
 * gap:   SHA-256("haven-audit-gap/v1" 0x00 || previous hash || enc(seq))
 * enc(null) = FF FF FF FF; enc(text) = 4-byte big-endian length of its UTF-8 bytes, then the bytes;
 * seq in decimal; occurred_at ISO-8601 in UTC with microseconds; roles and fields comma-separated.
 * The hash before the first event is 32 zero bytes.
 * </pre>
 */
final class ChainHash {

	static final byte[] GENESIS = new byte[32];

	private static final byte[] EVENT_DOMAIN = "haven-audit-event/v1\u0000".getBytes(StandardCharsets.UTF_8);

	private static final byte[] GAP_DOMAIN = "haven-audit-gap/v1\u0000".getBytes(StandardCharsets.UTF_8);

	private ChainHash() {
	}

	static byte[] ofEvent(byte[] previous, AuditEvent event) {
		return ofEvent(previous, event, event.seq());
	}

	/**
	 * The hash the event would have at another position: used to recognise reordering.
	 */
	static byte[] ofEvent(byte[] previous, AuditEvent event, long atSeq) {
		return sha256(encoded(previous, event, atSeq));
	}

	/** The bytes an event's hash is computed over. */
	static byte[] encoded(byte[] previous, AuditEvent event, long atSeq) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
		bytes.writeBytes(EVENT_DOMAIN);
		bytes.writeBytes(previous);
		text(bytes, Long.toString(atSeq));
		text(bytes, canonicalTime(event.occurredAt()));
		text(bytes, event.actorId());
		text(bytes, event.actorUsername());
		text(bytes, String.join(",", event.actorRoles()));
		text(bytes, event.action());
		text(bytes, event.subjectType());
		text(bytes, event.subjectId());
		text(bytes, String.join(",", event.fields()));
		text(bytes, event.outcome().name());
		text(bytes, event.reason());
		text(bytes, event.sessionHash());
		text(bytes, event.clientAddress());
		return bytes.toByteArray();
	}

	static byte[] ofGap(byte[] previous, long seq) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		bytes.writeBytes(GAP_DOMAIN);
		bytes.writeBytes(previous);
		text(bytes, Long.toString(seq));
		return sha256(bytes.toByteArray());
	}

	static String canonicalTime(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).toString();
	}

	/** What a checkpoint's signature covers. */
	static byte[] checkpointBytes(long seq, byte[] head, Instant createdAt) {
		return ("haven-audit-checkpoint/v1|" + seq + "|" + java.util.HexFormat.of().formatHex(head) + "|"
				+ canonicalTime(createdAt))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void text(ByteArrayOutputStream bytes, String value) {
		if (value == null) {
			bytes.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF });
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
		bytes.writeBytes(utf8);
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
