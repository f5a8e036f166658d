package org.haven.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.haven.casefile.CaseCode;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every intake acknowledged to the caseworker survives the application being killed with
 * {@code kill -9} at random moments, and PostgreSQL being stopped abruptly once, in the
 * middle of the work: afterwards each acknowledged case exists, whole and decryptable,
 * and the audit chain verifies. A child process ({@link SubmittingNode}) takes the
 * intakes in and is killed and restarted; this test's own node, on the same database,
 * checks.
 *
 * <p>
 * {@code ./mvnw verify} runs 60 submissions and 3 kills; the full run is
 * {@code -Dhaven.faults.submissions=1000 -Dhaven.faults.kills=20} (docs/admin/faults.md).
 */
class CrashSafetyTests {

	static final int SUBMISSIONS = Integer.getInteger("haven.faults.submissions", 60);

	static final int KILLS = Integer.getInteger("haven.faults.kills", 3);

	@TempDir
	Path home;

	@TempDir
	Path childHome;

	private Path root;

	private Process child;

	private final List<String> output = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void cleanUp() {
		if (this.child != null) {
			this.child.destroyForcibly();
		}
		PostgresCluster.deleteAll(this.root);
	}

	@Test
	void every_acknowledged_submission_survives_kill_minus_nine_and_an_abrupt_database_stop() throws Exception {
		this.root = PostgresCluster.newRoot();
		Random random = new Random();
		String stem = TestIdentities.letters();
		Map<Integer, CaseCode> acknowledged = new TreeMap<>();
		List<String> output = this.output;
		try (PostgresCluster database = PostgresCluster.init(this.root, "main", "")) {
			database.start();
			database.createHavenRoles();
			try (ConfigurableApplicationContext checker = FaultyNodes.start(this.home, database)) {
				FaultyNodes.addCaseworker(checker);
				copyKeys(this.home.resolve("keys"), this.childHome.resolve("keys"));

				int kills = 0;
				boolean databaseStopped = false;
				while (acknowledged.size() < SUBMISSIONS) {
					int from = acknowledged.isEmpty() ? 0 : Collections.max(acknowledged.keySet()) + 1;
					BlockingQueue<String> lines = startChild(database, stem, from, output);
					awaitLine(lines, SubmittingNode.READY, acknowledged);
					int stillToDo = SUBMISSIONS - from;
					if (!databaseStopped && kills == Math.min(1, KILLS)) {
						awaitAcknowledgements(lines, acknowledged, 1 + random.nextInt(Math.max(1, stillToDo / 4)));
						database.stopImmediately();
						Thread.sleep(1000 + random.nextInt(2000));
						database.start();
						databaseStopped = true;
					}
					if (kills < KILLS) {
						int before = Math.max(1, stillToDo / (KILLS - kills + 1));
						awaitAcknowledgements(lines, acknowledged, 1 + random.nextInt(before));
						Thread.sleep(random.nextInt(400));
						this.child.destroyForcibly();
						assertThat(this.child.waitFor(60, TimeUnit.SECONDS)).isTrue();
						drain(lines, acknowledged);
						kills++;
					}
					else {
						awaitLine(lines, SubmittingNode.DONE, acknowledged);
						assertThat(this.child.waitFor(60, TimeUnit.SECONDS)).isTrue();
						assertThat(this.child.exitValue()).isZero();
					}
				}
				assertThat(kills).isEqualTo(KILLS);
				assertThat(databaseStopped).isTrue();

				for (Map.Entry<Integer, CaseCode> submission : acknowledged.entrySet()) {
					FaultyNodes.assertWhole(checker, submission.getValue(),
							FaultyNodes.intake(stem, submission.getKey()));
				}
				assertThat(acknowledged).hasSize(SUBMISSIONS);
				FaultyNodes.assertAuditChainVerifies(checker);
			}
		}
		String everything = String.join("\n", output).toLowerCase(Locale.ROOT);
		assertThat(everything).as("the child's output")
			.contains("haven-faults ack")
			.doesNotContain(stem)
			.doesNotContain("+40 700");
		System.out.printf(
				"Crash safety: %d submissions acknowledged and found whole after %d kills and one abrupt"
						+ " database stop; %d submissions failed and were retried%n",
				acknowledged.size(), KILLS,
				output.stream().filter(line -> line.startsWith("HAVEN-FAULTS FAILED")).count());
	}

	private BlockingQueue<String> startChild(PostgresCluster database, String stem, int from, List<String> output)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-Xmx512m", "-cp", System.getProperty("java.class.path"), SubmittingNode.class.getName(),
						this.childHome.toString(), stem, Integer.toString(from), Integer.toString(SUBMISSIONS)));
		command.addAll(database.havenArguments());
		command.add("--haven.master-passphrase=" + FaultyNodes.PASSPHRASE);
		this.child = new ProcessBuilder(command).redirectErrorStream(true).start();
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Process running = this.child;
		Thread.ofVirtual().start(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					output.add(line);
					lines.add(line);
				}
			}
			catch (IOException ex) {
				lines.add("HAVEN-FAULTS OUTPUT ENDED");
			}
			lines.add("HAVEN-FAULTS EXITED");
		});
		return lines;
	}

	/**
	 * Reads the child's lines, noting acknowledgements, until {@code expected} arrives.
	 */
	private void awaitLine(BlockingQueue<String> lines, String expected, Map<Integer, CaseCode> acknowledged)
			throws InterruptedException {
		while (true) {
			String line = next(lines);
			note(line, acknowledged);
			if (line.equals(expected)) {
				return;
			}
			endedEarly(line);
		}
	}

	private void awaitAcknowledgements(BlockingQueue<String> lines, Map<Integer, CaseCode> acknowledged, int count)
			throws InterruptedException {
		int target = acknowledged.size() + count;
		while (acknowledged.size() < Math.min(target, SUBMISSIONS)) {
			String line = next(lines);
			note(line, acknowledged);
			if (line.equals(SubmittingNode.DONE)) {
				return;
			}
			endedEarly(line);
		}
	}

	/**
	 * What the killed child had printed before it died counts too: it was acknowledged.
	 */
	private void drain(BlockingQueue<String> lines, Map<Integer, CaseCode> acknowledged) throws InterruptedException {
		for (String line = next(lines); !line.equals("HAVEN-FAULTS EXITED"); line = next(lines)) {
			note(line, acknowledged);
		}
	}

	private String next(BlockingQueue<String> lines) throws InterruptedException {
		String line = lines.poll(240, TimeUnit.SECONDS);
		if (line == null) {
			fail("the submitting node said nothing for four minutes");
		}
		return line;
	}

	private void endedEarly(String line) throws InterruptedException {
		if (line.equals("HAVEN-FAULTS EXITED")) {
			this.child.waitFor(10, TimeUnit.SECONDS);
			List<String> tail;
			synchronized (this.output) {
				tail = List.copyOf(this.output.subList(Math.max(0, this.output.size() - 40), this.output.size()));
			}
			fail("the submitting node ended early, exit value " + this.child.exitValue() + ":\n"
					+ String.join("\n", tail));
		}
	}

	private static void note(String line, Map<Integer, CaseCode> acknowledged) {
		if (line.startsWith(SubmittingNode.ACKNOWLEDGED)) {
			String[] parts = line.substring(SubmittingNode.ACKNOWLEDGED.length()).split(" ");
			acknowledged.put(Integer.parseInt(parts[0]), new CaseCode(parts[1]));
		}
	}

	private static void copyKeys(Path from, Path to) {
		try {
			Files.createDirectories(to);
			try (var files = Files.list(from)) {
				for (Path file : files.toList()) {
					Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
