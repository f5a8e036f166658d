package org.haven.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical encoding and hashing of the chain, documented in docs/security/audit.md
 * so that anyone can check a chain without Haven: <pre>
 * format 2 (every entry since V0034):
 * entry: SHA-256("haven-audit-event/v2" 0x00 || previous hash || u64(position) || u64(seq)
 *          || enc(occurred_at) || enc(actor_id) || enc(actor_username) || list(actor_roles)
 *          || enc(action) || enc(subject_type) || enc(subject_id) || list(fields)
 *          || enc(outcome) || enc(reason) || enc(session_hash) || enc(client_address))
 * list(items) = u32(count) || enc(item) for each item
 * format 1 (entries sealed before, position = seq):
 * event: SHA-256("haven-audit-event/v1" 0x00 || previous hash || enc(seq) || enc(occurred_at)
 *          || enc(actor_id) || enc(actor_username) || enc(actor_roles as stored) || enc(action)
 *          || enc(subject_type) || enc(subject_id) || enc(fields as stored) || enc(outcome)
 *          || enc(reason) || enc(session_hash) || enc(client_address))
 * gap:   SHA-256("haven-audit-gap/v1" 0x00 || previous hash || enc(seq))
 * enc(null) = FF FF FF FF; enc(text) = 4-byte big-endian length of its UTF-8 bytes, then the bytes;
 * u64, u32 big-endian; seq in decimal in format 1; occurred_at ISO-8601 in UTC with microseconds.
 * The hash before the first entry is 32 zero bytes.
 * </pre> Format 2 is injective: each field is length-prefixed and each list is its count
 * followed by its items, so different events never encode alike. Format 1 hashes a list
 * as its stored comma-separated text, read back item for item, so a stored list with
 * items appended (even empty ones) no longer matches.
 */
final class ChainHash {

	static final byte[] GENESIS = new byte[32];

	private static final byte[] EVENT_V2_DOMAIN = "haven-audit-event/v2\u0000".getBytes(StandardCharsets.UTF_8);

	private static final byte[] EVENT_DOMAIN = "haven-audit-event/v1\u0000".getBytes(StandardCharsets.UTF_8);

	private static final byte[] GAP_DOMAIN = "haven-audit-gap/v1\u0000".getBytes(StandardCharsets.UTF_8);

	private ChainHash() {
	}

	/** The hash of a format 2 entry linking {@code event} at {@code position}. */
	static byte[] ofEntry(byte[] previous, long position, AuditEvent event) {
		return sha256(encoded(previous, event, position));
	}

	/** The bytes a format 2 entry's hash is computed over. */
	static byte[] encoded(byte[] previous, AuditEvent event, long position) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
		bytes.writeBytes(EVENT_V2_DOMAIN);
		bytes.writeBytes(previous);
		bytes.writeBytes(ByteBuffer.allocate(16).putLong(position).putLong(event.seq()).array());
		text(bytes, canonicalTime(event.occurredAt()));
		text(bytes, event.actorId());
		text(bytes, event.actorUsername());
		list(bytes, event.actorRoles());
		text(bytes, event.action());
		text(bytes, event.subjectType());
		text(bytes, event.subjectId());
		list(bytes, event.fields());
		text(bytes, event.outcome().name());
		text(bytes, event.reason());
		text(bytes, event.sessionHash());
		text(bytes, event.clientAddress());
		return bytes.toByteArray();
	}

	/** The hash of a format 1 event entry at {@code atSeq}. */
	static byte[] ofLegacyEvent(byte[] previous, AuditEvent event, long atSeq) {
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
		return sha256(bytes.toByteArray());
	}

	static byte[] ofLegacyGap(byte[] previous, long seq) {
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
	static byte[] checkpointBytes(long position, byte[] head, Instant createdAt) {
		return ("haven-audit-checkpoint/v1|" + position + "|" + HexFormat.of().formatHex(head) + "|"
				+ canonicalTime(createdAt))
			.getBytes(StandardCharsets.UTF_8);
	}

	/** What a retention record's signature covers. */
	static byte[] retentionBytes(RetentionRecord record) {
		return ("haven-audit-retention/v1|" + record.firstRemoved() + "|" + record.lastRemoved() + "|"
				+ HexFormat.of().formatHex(record.anchor()) + "|" + record.eventsRemoved() + "|"
				+ canonicalTime(record.appliedAt()) + "|" + canonicalTime(record.cutOff()))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void list(ByteArrayOutputStream bytes, List<String> items) {
		bytes.writeBytes(ByteBuffer.allocate(4).putInt(items.size()).array());
		for (String item : items) {
			text(bytes, item);
		}
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

	static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
