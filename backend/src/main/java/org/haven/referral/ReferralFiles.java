package org.haven.referral;

import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import org.haven.crypto.ExchangeKeys;
import org.haven.partner.Partner;
import org.haven.partner.PartnerKeys;
import org.haven.partner.PartnerLookup;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals files for a partner that runs Haven and opens those it sends. A file opens only
 * when it is for this installation, signed by the key of a partner of the directory,
 * unaltered, and not imported before; otherwise it is refused on the field "file" with a
 * message that says which, and nothing of it is kept.
 */
@Component
class ReferralFiles {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final ExchangeKeys keys;

	private final PartnerLookup partners;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ReferralFiles(ExchangeKeys keys, PartnerLookup partners, JdbcTemplate jdbc, Clock clock) {
		this.keys = keys;
		this.partners = partners;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a file opened to: its kind, its sender, its payload. */
	record Opened(ExchangeKind kind, Partner from, String fromInstallation, byte[] payload) {

		<T> T payloadAs(Class<T> type) {
			try {
				return JSON.readValue(this.payload, type);
			}
			catch (RuntimeException ex) {
				throw ReferralFile.unreadable();
			}
		}

	}

	byte[] seal(ExchangeKind kind, Partner to, Object payload) {
		return seal(kind, to, JSON.writeValueAsBytes(payload));
	}

	byte[] seal(ExchangeKind kind, Partner to, byte[] payload) {
		PartnerKeys addressee = to.keys()
			.orElseThrow(() -> new InvalidInputException(Problem.of("partner", "referral.partner.no-haven")));
		ReferralFile unsigned = new ReferralFile(ReferralFile.FORMAT, kind, UUID.randomUUID(), this.keys.installation(),
				addressee.installation(), "", "");
		String ciphertext = Base64.getEncoder()
			.encodeToString(ExchangeKeys.encryptFor(addressee.encryption(), payload, unsigned.header()));
		ReferralFile encrypted = new ReferralFile(unsigned.format(), kind, unsigned.message(), unsigned.from(),
				unsigned.to(), ciphertext, "");
		return new ReferralFile(encrypted.format(), kind, encrypted.message(), encrypted.from(), encrypted.to(),
				ciphertext, Base64.getEncoder().encodeToString(this.keys.sign(encrypted.signed())))
			.bytes();
	}

	Opened open(byte[] bytes) {
		ReferralFile file = ReferralFile.parse(bytes);
		if (!file.to().equals(this.keys.installation())) {
			throw refused("referral.file.not-for-us");
		}
		Partner from = this.partners.runningInstallation(file.from())
			.orElseThrow(() -> refused("referral.file.unknown-sender"));
		PartnerKeys sender = from.keys().orElseThrow(() -> refused("referral.file.unknown-sender"));
		byte[] signature;
		byte[] ciphertext;
		try {
			signature = Base64.getDecoder().decode(file.signature());
			ciphertext = Base64.getDecoder().decode(file.ciphertext());
		}
		catch (IllegalArgumentException ex) {
			throw refused("referral.file.tampered");
		}
		if (!ExchangeKeys.verify(sender.signing(), signature, file.signed())) {
			throw refused("referral.file.tampered");
		}
		if (Boolean.TRUE
			.equals(this.jdbc.queryForObject("select exists (select 1 from exchange_message where message_id = ?)",
					Boolean.class, file.message()))) {
			throw refused("referral.file.already-imported");
		}
		byte[] payload = this.keys.decrypt(ciphertext, file.header())
			.orElseThrow(() -> refused("referral.file.tampered"));
		try {
			this.jdbc.update(
					"insert into exchange_message (message_id, kind, from_installation, received_at) values (?, ?, ?, ?)",
					file.message(), file.kind().name(), file.from(), java.sql.Timestamp.from(this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw refused("referral.file.already-imported");
		}
		return new Opened(file.kind(), from, file.from(), payload);
	}

	private static InvalidInputException refused(String key) {
		return new InvalidInputException(Problem.of("file", key));
	}

}
