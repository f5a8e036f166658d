package org.haven.partner;

import java.util.Optional;

import org.haven.crypto.ExchangeKeys;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public keys file of an installation of Haven, as it publishes it in its Keys view
 * and a partner keeps it in the directory: which organisation and installation, the key
 * to encrypt referral files to, the key their signatures verify with. The installation's
 * name is the hash of its signing key, so a file whose name and key disagree is refused.
 */
public record PartnerKeys(String format, String organisation, String installation, String encryption, String signing) {

	public static final String FORMAT = "haven-keys/1";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** The keys file of this installation, for the named organisation. */
	public static String fileOf(ExchangeKeys keys, String organisation) {
		return JSON.writerWithDefaultPrettyPrinter()
			.writeValueAsString(new PartnerKeys(FORMAT, organisation, keys.installation(),
					keys.publicEncryptionKeyset(), keys.publicSigningKeyset()));
	}

	/** The keys of a file, when it is one and its name matches its signing key. */
	public static Optional<PartnerKeys> parse(String file) {
		if (file == null || file.isBlank()) {
			return Optional.empty();
		}
		try {
			PartnerKeys keys = JSON.readValue(file, PartnerKeys.class);
			if (!FORMAT.equals(keys.format()) || keys.encryption() == null || keys.signing() == null
					|| !ExchangeKeys.installationOf(keys.signing()).equals(keys.installation())) {
				return Optional.empty();
			}
			return Optional.of(keys);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
