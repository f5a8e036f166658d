package org.haven.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed statement that the chain had this head at this sequence number. Exported, one
 * per line, as {@code seq head-hex created-at key-id signature-base64}, after a header
 * line with the public key.
 */
public record Checkpoint(long seq, byte[] chainHead, Instant createdAt, long keyId, byte[] signature) {

	public String toLine() {
		return this.seq + " " + HexFormat.of().formatHex(this.chainHead) + " " + ChainHash.canonicalTime(this.createdAt)
				+ " " + this.keyId + " " + Base64.getEncoder().encodeToString(this.signature);
	}

	public static Checkpoint fromLine(String line) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 5) {
			throw new IllegalArgumentException("Not a checkpoint line");
		}
		return new Checkpoint(Long.parseLong(parts[0]), HexFormat.of().parseHex(parts[1]), Instant.parse(parts[2]),
				Long.parseLong(parts[3]), Base64.getDecoder().decode(parts[4]));
	}

	byte[] signedBytes() {
		return ChainHash.checkpointBytes(this.seq, this.chainHead, this.createdAt);
	}

}
