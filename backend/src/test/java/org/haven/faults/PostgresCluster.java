package org.haven.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server that a test owns and may stop abruptly, back up and restore: a
 * cluster made with Debian's {@code initdb} into a temporary directory, on a free port,
 * with Haven's roles made by {@code deploy/postgres/create-roles.sql} as an administrator
 * makes them. Commands run as the {@code postgres} user when the tests run as root, since
 * PostgreSQL refuses to run as root. Without Debian's server binaries the test is skipped
 * with a message, except where {@code HAVEN_REQUIRE_POSTGRES_TOOLS=true} (as in CI).
 */
final class PostgresCluster implements AutoCloseable {

	static final String OWNER_PASSWORD = "owner password of the faults tests";

	static final String APP_PASSWORD = "app password of the faults tests";

	static final String SEALER_PASSWORD = "sealer password of the faults tests";

	static final String BACKUP_PASSWORD = "backup password of the faults tests";

	private static final String HBA = """
			local  all          postgres                    trust
			host   all          all           127.0.0.1/32  scram-sha-256
			host   replication  haven_backup  127.0.0.1/32  scram-sha-256
			""";

	private final Path root;

	private final Path bin;

	private final Path data;

	private final int port;

	private boolean running;

	private PostgresCluster(Path root, Path bin, Path data) {
		this.root = root;
		this.bin = bin;
		this.data = data;
		this.port = freePort();
	}

	/**
	 * A new, empty directory for clusters, backups and the WAL archive, which the
	 * server's user owns; deleted with {@link #deleteAll}.
	 */
	static Path newRoot() {
		binaries();
		try {
			Path root = Files.createTempDirectory("haven-faults-");
			if (asRoot()) {
				exec(List.of("chown", "postgres:", root.toString()), Map.of());
			}
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A cluster made anew in {@code root/name}, with these settings added to its
	 * configuration.
	 */
	static PostgresCluster init(Path root, String name, String settings) {
		PostgresCluster cluster = new PostgresCluster(root, binaries(), root.resolve(name));
		cluster.run(Map.of(), cluster.tool("initdb"), "--pgdata=" + cluster.data, "--username=postgres",
				"--encoding=UTF8", "--auth-local=trust", "--auth-host=scram-sha-256");
		cluster.run(Map.of(), "sh", "-c",
				"cat >> " + cluster.data.resolve("postgresql.conf") + " <<'EOF'\n" + "listen_addresses = '127.0.0.1'\n"
						+ settings + "\nEOF\ncat > " + cluster.data.resolve("pg_hba.conf") + " <<'EOF'\n" + HBA
						+ "EOF");
		return cluster;
	}

	/** A data directory that something else (a restore) fills, on a port of its own. */
	static PostgresCluster at(Path root, String name) {
		return new PostgresCluster(root, binaries(), root.resolve(name));
	}

	Path root() {
		return this.root;
	}

	Path data() {
		return this.data;
	}

	Path bin() {
		return this.bin;
	}

	String tool(String name) {
		return this.bin.resolve(name).toString();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/haven";
	}

	int port() {
		return this.port;
	}

	void start() {
		run(Map.of(), tool("pg_ctl"), "--pgdata=" + this.data, "--log=" + this.root.resolve(logName()), "--wait",
				"--timeout=120", "-o", "-p " + this.port + " -k " + this.root, "start");
		this.running = true;
	}

	/**
	 * As a power cut would leave it: no checkpoint, the server processes killed at once.
	 */
	void stopImmediately() {
		run(Map.of(), tool("pg_ctl"), "--pgdata=" + this.data, "--mode=immediate", "--wait", "stop");
		this.running = false;
	}

	void stop() {
		run(Map.of(), tool("pg_ctl"), "--pgdata=" + this.data, "--mode=fast", "--wait", "stop");
		this.running = false;
	}

	/**
	 * Runs SQL as the superuser, over the local socket; returns psql's unaligned output.
	 */
	String sql(String database, String statement) {
		return run(Map.of(), tool("psql"), "--host=" + this.root, "--port=" + this.port, "--username=postgres",
				"--dbname=" + database, "--no-psqlrc", "--tuples-only", "--no-align", "--set=ON_ERROR_STOP=1",
				"--command=" + statement)
			.strip();
	}

	/**
	 * Makes the database and Haven's three roles with deploy/postgres/create-roles.sql,
	 * and the backup role with create-backup-role.sql, run by psql as the README says.
	 */
	void createHavenRoles() {
		Path roles = copyIntoRoot(Path.of("../deploy/postgres/create-roles.sql"));
		Path backup = copyIntoRoot(Path.of("../deploy/postgres/create-backup-role.sql"));
		run(Map.of(), tool("psql"), "--host=" + this.root, "--port=" + this.port, "--username=postgres",
				"--dbname=postgres", "--no-psqlrc", "--set=ON_ERROR_STOP=1", "--set=owner_password=" + OWNER_PASSWORD,
				"--set=app_password=" + APP_PASSWORD, "--set=sealer_password=" + SEALER_PASSWORD, "--file=" + roles);
		run(Map.of(), tool("psql"), "--host=" + this.root, "--port=" + this.port, "--username=postgres",
				"--dbname=postgres", "--no-psqlrc", "--set=ON_ERROR_STOP=1", "--set=backup_password=" + BACKUP_PASSWORD,
				"--file=" + backup);
	}

	/**
	 * What Haven is started with to use this server as an external one, outside demo
	 * mode.
	 */
	List<String> havenArguments() {
		return List.of("--haven.db.url=" + jdbcUrl(), "--haven.db.user=haven_app",
				"--haven.db.password=" + APP_PASSWORD, "--haven.db.owner.user=haven_owner",
				"--haven.db.owner.password=" + OWNER_PASSWORD, "--haven.db.sealer.user=haven_sealer",
				"--haven.db.sealer.password=" + SEALER_PASSWORD);
	}

	/** A copy of a file of the repository where the server's user can read and run it. */
	Path copyIntoRoot(Path file) {
		try {
			Path copy = this.root.resolve(file.getFileName());
			Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
			if (asRoot()) {
				exec(List.of("chown", "postgres:", copy.toString()), Map.of());
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs a command as the server's user, with the server's binaries first on the path
	 * and these variables set; returns its output, or fails with it.
	 */
	String run(Map<String, String> environment, String... command) {
		List<String> line = new ArrayList<>();
		if (asRoot()) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.add("env");
		line.add("PATH=" + this.bin + ":/usr/bin:/bin");
		environment.forEach((name, value) -> line.add(name + "=" + value));
		line.addAll(List.of(command));
		return exec(line, Map.of());
	}

	@Override
	public void close() {
		if (this.running) {
			try {
				stopImmediately();
			}
			catch (RuntimeException ex) {
				this.running = false;
			}
		}
	}

	/** Deletes the directory of {@link #newRoot()} and all in it. */
	static void deleteAll(Path root) {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String logName() {
		return this.data.getFileName() + ".log";
	}

	private static String exec(List<String> command, Map<String, String> environment) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().putAll(environment);
			Process process = builder.start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command.getFirst() + " did not finish");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Debian's PostgreSQL server binaries, the newest installed ({@code apt-get install
	 * postgresql}); {@code pg_basebackup} must be of the server's version or newer, which
	 * the embedded server's download does not include.
	 */
	static Path binaries() {
		Optional<Path> found = Optional.ofNullable(System.getenv("HAVEN_POSTGRES_BIN"))
			.map(Path::of)
			.or(PostgresCluster::newestDebianBinaries)
			.filter(bin -> Files.isExecutable(bin.resolve("initdb"))
					&& Files.isExecutable(bin.resolve("pg_basebackup")));
		boolean canRun = found.isPresent() && (!asRoot() || Files.isExecutable(Path.of("/usr/sbin/runuser"))
				|| Files.isExecutable(Path.of("/usr/bin/runuser")));
		if (!canRun) {
			String missing = "PostgreSQL's server binaries (initdb, pg_ctl, pg_basebackup) are not installed: "
					+ "apt-get install postgresql, or set HAVEN_POSTGRES_BIN";
			if ("true".equals(System.getenv("HAVEN_REQUIRE_POSTGRES_TOOLS"))) {
				throw new AssertionError(missing + " (required here: HAVEN_REQUIRE_POSTGRES_TOOLS=true)");
			}
			Assumptions.abort(missing);
		}
		return found.get();
	}

	private static Optional<Path> newestDebianBinaries() {
		Path versions = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(versions)) {
			return Optional.empty();
		}
		try (Stream<Path> installed = Files.list(versions)) {
			return installed.filter(version -> version.getFileName().toString().matches("\\d+"))
				.max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
				.map(version -> version.resolve("bin"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
