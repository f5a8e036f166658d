package org.haven.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.haven.platform.HavenHome;
import org.jasypt.encryption.pbe.StandardPBEByteEncryptor;
import org.jasypt.exceptions.EncryptionOperationNotPossibleException;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.RandomSaltGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Tink keyset in a file, encrypted with the master passphrase through Jasypt
 * (PBEWITHHMACSHA512ANDAES_256: PBKDF2 with HMAC-SHA512, AES-256, random salt and IV).
 * The iteration count is stored with the file, so that a later release can raise it. The
 * creation time of each key version travels inside the encrypted part.
 */
final class KeysetFile {

	static final String ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";

	/**
	 * OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512 is 210,000; see docs/security.
	 */
	static final int ITERATIONS = 310_000;

	private static final String FORMAT = "haven-keyset/1";

	private static final ObjectMapper json = new ObjectMapper();

	private final Path file;

	KeysetFile(Path file) {
		this.file = file;
	}

	Path path() {
		return this.file;
	}

	boolean exists() {
		return Files.exists(this.file);
	}

	/**
	 * A file is replaced through a temporary file beside it, so its directory must be
	 * writable too.
	 */
	boolean writable() {
		Path directory = this.file.toAbsolutePath().getParent();
		return Files.isWritable(directory) && (!exists() || Files.isWritable(this.file));
	}

	Contents read(char[] passphrase) {
		JsonNode outer;
		try {
			outer = json.readTree(Files.readString(this.file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the key file " + this.file, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The key file " + this.file + " is damaged", ex);
		}
		if (!FORMAT.equals(outer.path("format").asString(""))) {
			throw new IllegalStateException("The key file " + this.file + " is not a Haven key file");
		}
		byte[] plaintext;
		try {
			plaintext = encryptor(passphrase, outer.path("iterations").asInt(ITERATIONS))
				.decrypt(Base64.getDecoder().decode(outer.path("data").asString("")));
		}
		catch (EncryptionOperationNotPossibleException | IllegalArgumentException ex) {
			throw wrongPassphrase();
		}
		try {
			JsonNode inner = json.readTree(new String(plaintext, StandardCharsets.UTF_8));
			KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(inner.path("keyset").asString(),
					InsecureSecretKeyAccess.get());
			Map<Integer, Instant> created = new LinkedHashMap<>();
			inner.path("created")
				.properties()
				.forEach(entry -> created.put(Integer.valueOf(entry.getKey()),
						Instant.parse(entry.getValue().asString())));
			return new Contents(keyset, created);
		}
		catch (Exception ex) {
			throw wrongPassphrase();
		}
	}

	void write(Contents contents, char[] passphrase) {
		try {
			ObjectNode inner = json.createObjectNode();
			inner.put("keyset",
					TinkJsonProtoKeysetFormat.serializeKeyset(contents.keyset(), InsecureSecretKeyAccess.get()));
			ObjectNode created = inner.putObject("created");
			contents.created().forEach((id, instant) -> created.put(Integer.toString(id), instant.toString()));
			byte[] encrypted = encryptor(passphrase, ITERATIONS)
				.encrypt(json.writeValueAsString(inner).getBytes(StandardCharsets.UTF_8));
			ObjectNode outer = json.createObjectNode();
			outer.put("format", FORMAT);
			outer.put("algorithm", ALGORITHM);
			outer.put("iterations", ITERATIONS);
			outer.put("data", Base64.getEncoder().encodeToString(encrypted));
			HavenHome.writePrivateFile(this.file,
					json.writerWithDefaultPrettyPrinter().writeValueAsString(outer).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot serialise the keyset for " + this.file, ex);
		}
	}

	private IllegalStateException wrongPassphrase() {
		return new IllegalStateException("The master passphrase does not open the key file " + this.file
				+ ". Check HAVEN_MASTER_PASSPHRASE or HAVEN_MASTER_PASSPHRASE_FILE. "
				+ "Haven stopped before touching any data.");
	}

	private static StandardPBEByteEncryptor encryptor(char[] passphrase, int iterations) {
		StandardPBEByteEncryptor encryptor = new StandardPBEByteEncryptor();
		encryptor.setAlgorithm(ALGORITHM);
		encryptor.setPasswordCharArray(passphrase);
		encryptor.setKeyObtentionIterations(iterations);
		encryptor.setSaltGenerator(new RandomSaltGenerator());
		encryptor.setIvGenerator(new RandomIvGenerator());
		return encryptor;
	}

	/** A keyset and when each of its keys was created. */
	record Contents(KeysetHandle keyset, Map<Integer, Instant> created) {

		Contents {
			created = Map.copyOf(created);
		}

	}

}
