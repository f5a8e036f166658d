package org.haven.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One real Keycloak 26.7.3 for the whole test run, started by
 * {@code deploy/keycloak/keycloak.sh} with Haven's realm export and stopped when the test
 * JVM ends. Where the distribution cannot be downloaded the tests that need it are
 * skipped with a message saying so, except where {@code HAVEN_REQUIRE_KEYCLOAK=true} (as
 * in CI): there they fail. Any other failure to start fails them.
 */
public final class RealKeycloak implements BeforeAllCallback {

	private static final int DISTRIBUTION_UNAVAILABLE = 3;

	private static Instance instance;

	private static String unavailable;

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
		if (unavailable != null) {
			System.err.println("SKIPPED Keycloak test " + context.getDisplayName() + ": " + unavailable);
		}
		assumeTrue(unavailable == null, () -> unavailable);
	}

	static synchronized Instance start() {
		if (instance != null || unavailable != null) {
			return instance;
		}
		Path root = Path.of("").toAbsolutePath().getParent();
		Path script = root.resolve("deploy/keycloak/keycloak.sh");
		Path state = Path.of("target/keycloak-state").toAbsolutePath();
		try {
			FileSystemUtils.deleteRecursively(state);
			Files.createDirectories(state.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Instance started = new Instance(freePort(), freePort(), secret(), secret(), state, script);
		int exit = started.run("start", TimeUnit.MINUTES.toSeconds(10));
		if (exit == DISTRIBUTION_UNAVAILABLE) {
			String reason = "the Keycloak distribution could not be downloaded (see " + started.output() + ")";
			if (Boolean.parseBoolean(System.getenv("HAVEN_REQUIRE_KEYCLOAK"))) {
				throw new IllegalStateException("HAVEN_REQUIRE_KEYCLOAK is set but " + reason);
			}
			unavailable = reason;
			return null;
		}
		if (exit != 0) {
			throw new IllegalStateException("Keycloak did not start (exit " + exit + "): see " + started.output()
					+ " and " + state.resolve("keycloak.log"));
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> started.run("stop", 60), "stop-keycloak"));
		started.admin().importUsers(TestUsers.asRealmImport());
		instance = started;
		return instance;
	}

	static Instance instance() {
		if (instance == null) {
			throw new IllegalStateException("Keycloak has not been started: extend KeycloakTest");
		}
		return instance;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String secret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The running Keycloak, and the port that Haven must run on to be its client. */
	record Instance(int port, int havenPort, String clientSecret, String adminPassword, Path state, Path script) {

		String baseUrl() {
			return "http://localhost:" + this.port;
		}

		String issuer() {
			return baseUrl() + "/realms/haven";
		}

		String havenUrl() {
			return "http://localhost:" + this.havenPort;
		}

		KeycloakAdmin admin() {
			return new KeycloakAdmin(baseUrl(), this.adminPassword);
		}

		Path output() {
			return this.state.resolveSibling("keycloak-script.log");
		}

		int run(String command, long timeoutSeconds) {
			List<String> arguments = new ArrayList<>(List.of("bash", this.script.toString(), command));
			ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(output().toFile()));
			Map<String, String> environment = builder.environment();
			environment.put("JAVA_HOME", System.getProperty("java.home"));
			environment.put("HAVEN_KEYCLOAK_PORT", String.valueOf(this.port));
			environment.put("HAVEN_KEYCLOAK_STATE", this.state.toString());
			environment.put("HAVEN_URL", havenUrl());
			environment.put("HAVEN_KEYCLOAK_CLIENT_SECRET", this.clientSecret);
			environment.put("HAVEN_KEYCLOAK_ADMIN_PASSWORD", this.adminPassword);
			try {
				Process process = builder.start();
				if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
					process.destroy();
					return -1;
				}
				return process.exitValue();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return -1;
			}
		}

		@Override
		public String toString() {
			return "Keycloak[" + baseUrl() + "]";
		}

	}

}
