package org.haven.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.haven.platform.HavenHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The passphrase that opens the key files: from {@code HAVEN_MASTER_PASSPHRASE}, or from
 * the file named by {@code HAVEN_MASTER_PASSPHRASE_FILE}. Only a demonstration run may do
 * without: it generates one into the Haven home, next to the keys it protects, which is
 * no protection at all beyond the file permissions; hence the warning.
 */
final class MasterPassphrase {

	static final String DEMO_FILE = "demo-master-passphrase";

	private static final Logger log = LoggerFactory.getLogger(MasterPassphrase.class);

	private MasterPassphrase() {
	}

	static char[] resolve(Environment environment, Path keysDirectory) {
		String passphrase = environment.getProperty("haven.master-passphrase");
		if (StringUtils.hasText(passphrase)) {
			return passphrase.toCharArray();
		}
		String file = environment.getProperty("haven.master-passphrase-file");
		if (StringUtils.hasText(file)) {
			return readFile(Path.of(file));
		}
		boolean demo = environment.getProperty("haven.demo", Boolean.class, false);
		if (environment.getProperty("haven.demo-passphrase", Boolean.class, demo)) {
			return demoPassphrase(keysDirectory.resolve(DEMO_FILE));
		}
		throw new IllegalStateException("No master passphrase: set HAVEN_MASTER_PASSPHRASE or "
				+ "HAVEN_MASTER_PASSPHRASE_FILE. Haven stopped before touching any data.");
	}

	private static char[] readFile(Path file) {
		try {
			String content = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (content.isEmpty()) {
				throw new IllegalStateException("The master passphrase file " + file + " is empty");
			}
			return content.toCharArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the master passphrase file " + file, ex);
		}
	}

	private static synchronized char[] demoPassphrase(Path file) {
		if (!Files.exists(file)) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			HavenHome.writePrivateFile(file,
					Base64.getUrlEncoder().withoutPadding().encodeToString(random).getBytes(StandardCharsets.US_ASCII));
			log.warn("Demo mode: generated a master passphrase in {}. It lies next to the keys it protects: "
					+ "for demonstration only, never for real data.", file);
		}
		return readFile(file);
	}

}
