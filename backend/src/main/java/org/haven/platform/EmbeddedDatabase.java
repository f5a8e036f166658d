package org.haven.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that Haven starts and stops itself, for a machine with nothing
 * installed. Its data directory lives under the Haven home so that data survives a
 * restart. On first start it creates the schema owner, the application role and the audit
 * sealer's role with random passwords kept in a private file, and from then on accepts
 * password logins only: another user of the same machine cannot connect.
 */
final class EmbeddedDatabase implements DatabaseServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String DATABASE = "haven";

	static final String OWNER = "haven_owner";

	static final String APP = "haven_app";

	static final String SEALER = "haven_sealer";

	private static final String SUPERUSER = "postgres";

	private static final String PASSWORD_ONLY_HBA = """
			# Written by Haven: every connection needs a password.
			local   all   all                 scram-sha-256
			host    all   all   127.0.0.1/32  scram-sha-256
			host    all   all   ::1/128       scram-sha-256
			""";

	private final EmbeddedPostgres postgres;

	private final DatabaseEndpoints endpoints;

	private final Path temporaryDirectory;

	private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseEndpoints endpoints, Path temporaryDirectory) {
		this.postgres = postgres;
		this.endpoints = endpoints;
		this.temporaryDirectory = temporaryDirectory;
	}

	/**
	 * Starts the server whose data lives under {@code home}, creating it on first start.
	 */
	static EmbeddedDatabase startIn(HavenHome home) {
		Path directory = home.directory("postgres");
		return start(directory.resolve("data"), directory.resolve("credentials.properties"), null);
	}

	/**
	 * Starts a throw-away server in a fresh temporary directory, deleted when it stops.
	 */
	static EmbeddedDatabase startEphemeral() {
		try {
			Path directory = Files.createTempDirectory("haven-pg-");
			return start(directory.resolve("data"), directory.resolve("credentials.properties"), directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary directory for the embedded database", ex);
		}
	}

	private static EmbeddedDatabase start(Path dataDirectory, Path credentialsFile, Path temporaryDirectory) {
		Credentials credentials = Credentials.loadOrCreate(credentialsFile);
		long started = System.nanoTime();
		EmbeddedPostgres postgres;
		try {
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(temporaryDirectory != null)
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("password_encryption", "scram-sha-256")
				.setConnectConfig("password", credentials.superuser())
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The embedded PostgreSQL server did not start (data directory "
					+ dataDirectory + "). Is another Haven running on the same HAVEN_HOME?", ex);
		}
		try {
			prepareRolesAndDatabase(postgres, credentials, dataDirectory);
		}
		catch (SQLException | RuntimeException ex) {
			closeQuietly(postgres);
			throw new IllegalStateException("The embedded PostgreSQL server started but could not be prepared", ex);
		}
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
		log.info("Embedded PostgreSQL ready on port {} in {} ms (data in {})", postgres.getPort(),
				(System.nanoTime() - started) / 1_000_000, dataDirectory);
		return new EmbeddedDatabase(postgres, new DatabaseEndpoints(url, APP, credentials.app(), OWNER,
				credentials.owner(), SEALER, credentials.sealer()), temporaryDirectory);
	}

	/**
	 * Idempotent, so that a first start that was interrupted half-way is completed by the
	 * next.
	 */
	private static void prepareRolesAndDatabase(EmbeddedPostgres postgres, Credentials credentials, Path dataDirectory)
			throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase(Map.of("password", credentials.superuser()))
			.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(credentials.superuser()));
			ensureRole(connection, OWNER, credentials.owner());
			ensureRole(connection, APP, credentials.app());
			ensureRole(connection, SEALER, credentials.sealer());
			if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
				statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8'");
			}
			statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
			statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + APP);
			statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + SEALER);
			requirePasswords(dataDirectory, statement);
		}
	}

	private static void ensureRole(Connection connection, String role, String password) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			String verb = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
			statement.execute(verb + " ROLE " + role
					+ " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD " + literal(password));
		}
	}

	private static void requirePasswords(Path dataDirectory, Statement statement) throws SQLException {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		try {
			if (!PASSWORD_ONLY_HBA.equals(Files.readString(hba))) {
				Files.writeString(hba, PASSWORD_ONLY_HBA, StandardCharsets.UTF_8);
				statement.execute("SELECT pg_reload_conf()");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + hba, ex);
		}
	}

	private static boolean exists(Connection connection, String query, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

	/**
	 * Passwords are generated by Haven from a URL-safe alphabet, never taken from input.
	 */
	private static String literal(String generatedPassword) {
		if (!generatedPassword.matches("[A-Za-z0-9_-]+")) {
			throw new IllegalArgumentException("Unexpected character in a generated password");
		}
		return "'" + generatedPassword + "'";
	}

	@Override
	public DatabaseEndpoints endpoints() {
		return this.endpoints;
	}

	@Override
	public void close() {
		closeQuietly(this.postgres);
		if (this.temporaryDirectory != null) {
			deleteRecursively(this.temporaryDirectory);
		}
		log.info("Embedded PostgreSQL stopped");
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("The embedded PostgreSQL server did not stop cleanly", ex);
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary database directory {}", directory, ex);
		}
	}

	/**
	 * The generated passwords, kept in a file only the owner can read. A file written
	 * before the sealer's role existed gets its password added.
	 */
	record Credentials(String superuser, String owner, String app, String sealer) {

		private static final SecureRandom random = new SecureRandom();

		static Credentials loadOrCreate(Path file) {
			try {
				if (Files.exists(file)) {
					Properties properties = new Properties();
					try (Reader reader = Files.newBufferedReader(file)) {
						properties.load(reader);
					}
					Credentials stored = new Credentials(properties.getProperty(SUPERUSER),
							properties.getProperty(OWNER), properties.getProperty(APP), properties.getProperty(SEALER));
					if (stored.sealer() == null) {
						stored = new Credentials(stored.superuser(), stored.owner(), stored.app(), generate());
						stored.store(file);
					}
					return stored;
				}
				HavenHome.createPrivateDirectory(file.getParent());
				Credentials created = new Credentials(generate(), generate(), generate(), generate());
				created.store(file);
				return created;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read or write " + file, ex);
			}
		}

		private void store(Path file) throws IOException {
			Properties properties = new Properties();
			properties.setProperty(SUPERUSER, this.superuser);
			properties.setProperty(OWNER, this.owner);
			properties.setProperty(APP, this.app);
			properties.setProperty(SEALER, this.sealer);
			StringWriter text = new StringWriter();
			properties.store(text, "Passwords of the embedded PostgreSQL roles, generated by Haven");
			HavenHome.writePrivateFile(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
		}

		private static String generate() {
			byte[] bytes = new byte[24];
			random.nextBytes(bytes);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}

		@Override
		public String toString() {
			return "Credentials[hidden]";
		}

	}

}
