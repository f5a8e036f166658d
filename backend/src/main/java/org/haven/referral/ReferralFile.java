package org.haven.referral;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file between two installations of Haven, as it travels: what it carries, its message
 * id (imported once), the installations it is from and for, the payload encrypted to the
 * addressee's HPKE key with the header as context, and the sender's Ed25519 signature
 * over header and ciphertext. Only names and ciphertext are in clear.
 */
record ReferralFile(String format, ExchangeKind kind, UUID message, String from, String to, String ciphertext,
		String signature) {

	static final String FORMAT = "haven-referral-file/1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What the encryption is bound to: everything of the file but its payload. */
	byte[] header() {
		return String.join("\n", this.format, this.kind.name(), this.message.toString(), this.from, this.to)
			.getBytes(StandardCharsets.UTF_8);
	}

	/** What the signature covers: the header and the ciphertext. */
	byte[] signed() {
		return (new String(header(), StandardCharsets.UTF_8) + "\n" + this.ciphertext).getBytes(StandardCharsets.UTF_8);
	}

	byte[] bytes() {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
	}

	static ReferralFile parse(byte[] file) {
		try {
			ReferralFile parsed = JSON.readValue(file, ReferralFile.class);
			if (!FORMAT.equals(parsed.format()) || parsed.kind() == null || parsed.message() == null
					|| parsed.from() == null || parsed.to() == null || parsed.ciphertext() == null
					|| parsed.signature() == null) {
				throw unreadable();
			}
			return parsed;
		}
		catch (RuntimeException ex) {
			if (ex instanceof InvalidInputException refused) {
				throw refused;
			}
			throw unreadable();
		}
	}

	static InvalidInputException unreadable() {
		return new InvalidInputException(Problem.of("file", "referral.file.unreadable"));
	}

}
