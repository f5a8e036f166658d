package org.haven.crypto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar haven.jar encrypt-secret}: reads a secret from standard input and
 * prints it as an {@code ENC(...)} value for the configuration, encrypted with the
 * passphrase in {@code HAVEN_MASTER_PASSPHRASE} or the file named by
 * {@code HAVEN_MASTER_PASSPHRASE_FILE}.
 */
public final class SecretTool {

	private SecretTool() {
	}

	public static void main(String[] arguments) throws IOException {
		String passphrase = System.getenv("HAVEN_MASTER_PASSPHRASE");
		String file = System.getenv("HAVEN_MASTER_PASSPHRASE_FILE");
		if ((passphrase == null || passphrase.isBlank()) && file != null && !file.isBlank()) {
			passphrase = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
		}
		if (passphrase == null || passphrase.isBlank()) {
			System.err.println("Set HAVEN_MASTER_PASSPHRASE or HAVEN_MASTER_PASSPHRASE_FILE first.");
			System.exit(2);
		}
		System.err.println("Type the secret, then Enter:");
		String secret = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		if (secret == null || secret.isEmpty()) {
			System.err.println("Nothing to encrypt.");
			System.exit(2);
		}
		System.out.println("ENC(" + ConfigurationSecrets.create(passphrase.toCharArray()).encrypt(secret) + ")");
	}

}
