package org.haven.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.haven.crypto.Signatures;

/**
 * A signed statement that the chain had this head at this position. Exported, one per
 * line, as {@code position head-hex created-at key-id signature-base64}, after a header
 * line with the public key. In chains sealed before format 2 a position is the event's
 * sequence number; from format 2 on positions are dense and each names its event.
 */
public record Checkpoint(long position, byte[] chainHead, Instant createdAt, long keyId, byte[] signature) {

	public String toLine() {
		return this.position + " " + HexFormat.of().formatHex(this.chainHead) + " "
				+ ChainHash.canonicalTime(this.createdAt) + " " + this.keyId + " "
				+ Base64.getEncoder().encodeToString(this.signature);
	}

	public static Checkpoint fromLine(String line) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 5) {
			throw new IllegalArgumentException("Not a checkpoint line");
		}
		try {
			return new Checkpoint(Long.parseLong(parts[0]), HexFormat.of().parseHex(parts[1]), Instant.parse(parts[2]),
					Long.parseLong(parts[3]), Base64.getDecoder().decode(parts[4]));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a checkpoint line", ex);
		}
	}

	byte[] signedBytes() {
		return ChainHash.checkpointBytes(this.position, this.chainHead, this.createdAt);
	}

	boolean signedWith(String publicKeyset) {
		return Signatures.verify(publicKeyset, this.signature, signedBytes());
	}

}
