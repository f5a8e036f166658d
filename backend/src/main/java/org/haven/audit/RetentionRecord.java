package org.haven.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.haven.crypto.Signatures;

/**
 * What one retention run removed, signed by the sealer with the audit signing key: chain
 * positions {@code firstRemoved} to {@code lastRemoved} and the events they linked, and
 * the hash of the last one removed, from which the rest of the chain continues. Kept in
 * the database and in the sealer's witness, as the line {@code retention first last
 * anchor-hex events applied-at cut-off key-id signature-base64}. Runs from before chain
 * format 2 have no signature and no first position: nothing shows what they removed.
 */
public record RetentionRecord(Instant appliedAt, Instant cutOff, long firstRemoved, long lastRemoved, byte[] anchor,
		long eventsRemoved, long keyId, byte[] signature) {

	static final String PREFIX = "retention ";

	boolean signedWith(String publicKeyset) {
		return this.signature != null && this.cutOff != null && this.firstRemoved > 0
				&& Signatures.verify(publicKeyset, this.signature, signedBytes());
	}

	byte[] signedBytes() {
		return ChainHash.retentionBytes(this);
	}

	public String toLine() {
		return PREFIX + this.firstRemoved + " " + this.lastRemoved + " " + HexFormat.of().formatHex(this.anchor) + " "
				+ this.eventsRemoved + " " + ChainHash.canonicalTime(this.appliedAt) + " "
				+ ChainHash.canonicalTime(this.cutOff) + " " + this.keyId + " "
				+ Base64.getEncoder().encodeToString(this.signature);
	}

	static RetentionRecord fromLine(String line) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 9 || !parts[0].equals(PREFIX.strip())) {
			throw new IllegalArgumentException("Not a retention line");
		}
		try {
			return new RetentionRecord(Instant.parse(parts[5]), Instant.parse(parts[6]), Long.parseLong(parts[1]),
					Long.parseLong(parts[2]), HexFormat.of().parseHex(parts[3]), Long.parseLong(parts[4]),
					Long.parseLong(parts[7]), Base64.getDecoder().decode(parts[8]));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a retention line", ex);
		}
	}

}
