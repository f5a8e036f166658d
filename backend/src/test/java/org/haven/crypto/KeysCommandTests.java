package org.haven.crypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.haven.StandaloneHaven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keys are made once, by {@code keys init}, backed up and given to every node; a node
 * outside demo mode never makes them itself.
 */
class KeysCommandTests {

	static final String PASSPHRASE = "a long passphrase for the key files";

	@TempDir
	Path havenHome;

	@Test
	void outside_demo_mode_a_node_without_key_files_refuses_to_start_and_says_how_to_make_or_restore_them() {
		assertThatThrownBy(() -> StandaloneHaven.start(this.havenHome, "--haven.demo=false",
				"--haven.master-passphrase=" + PASSPHRASE))
			.rootCause()
			.hasMessageContaining("no key files")
			.hasMessageContaining("java -jar haven.jar keys init")
			.hasMessageContaining("restore them from your backup");
		assertThat(keysIn(this.havenHome)).isEmpty();
	}

	@Test
	void keys_init_makes_every_keyset_of_the_keyring_once_and_keys_check_opens_them() {
		Run init = keys("init");
		assertThat(init.exit()).as(init.err()).isZero();
		List<String> every = new Keyring(this.havenHome.resolve("keys"), PASSPHRASE.toCharArray(), Clock.systemUTC())
			.keysets()
			.stream()
			.map(ManagedKeyset::fileName)
			.toList();
		assertThat(keysIn(this.havenHome)).containsExactlyInAnyOrderElementsOf(every);
		assertThat(init.out()).contains("Back these files up");

		Run check = keys("check");
		assertThat(check.exit()).as(check.err()).isZero();
		every.forEach(file -> assertThat(check.out()).contains(file + ": opens"));
		assertThat(check.out()).doesNotContain(PASSPHRASE);

		Run again = keys("init");
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err()).contains("nothing created");
	}

	@Test
	void a_lost_key_file_is_not_made_anew_unless_asked_for_and_never_under_another_passphrase() throws Exception {
		assertThat(keys("init").exit()).isZero();
		Path lost = this.havenHome.resolve("keys").resolve(Keyring.SIGNING_FILE);
		Files.delete(lost);

		Run refused = keys("init");
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("restored from the backup", Keyring.SIGNING_FILE);
		assertThat(lost).doesNotExist();

		Run wrongPassphrase = run("init", "--add-missing", "--haven.home=" + this.havenHome,
				"--haven.master-passphrase=another passphrase");
		assertThat(wrongPassphrase.exit()).isEqualTo(1);
		assertThat(wrongPassphrase.err()).contains("does not open the key file");
		assertThat(lost).doesNotExist();

		Run added = keys("init", "--add-missing");
		assertThat(added.exit()).as(added.err()).isZero();
		assertThat(lost).exists();
		assertThat(keys("check").exit()).isZero();
	}

	@Test
	void keys_check_fails_on_a_missing_file_and_without_a_passphrase_nothing_runs() throws Exception {
		assertThat(keys("init").exit()).isZero();
		Files.delete(this.havenHome.resolve("keys").resolve(Keyring.BLIND_INDEX_FILE));

		Run check = keys("check");
		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.err()).contains(Keyring.BLIND_INDEX_FILE + ": MISSING");

		Run withoutPassphrase = run("check", "--haven.home=" + this.havenHome);
		assertThat(withoutPassphrase.exit()).isEqualTo(1);
		assertThat(withoutPassphrase.err()).contains("No master passphrase");
	}

	@Test
	void a_node_opens_keys_made_by_the_command_and_leaves_a_mounted_keys_directory_as_it_found_it() throws Exception {
		assertThat(keys("init").exit()).isZero();
		Path keys = this.havenHome.resolve("keys");
		// as a Kubernetes Secret or a read-only volume would present them
		Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("r-xr-x---"));

		try (ConfigurableApplicationContext node = StandaloneHaven.start(this.havenHome, "--haven.demo=false",
				"--haven.master-passphrase=" + PASSPHRASE)) {
			UUID owner = UUID.randomUUID();
			OwnerCipher cipher = node.getBean(FieldEncryption.class).createDataKey(owner);
			assertThat(node.getBean(FieldEncryption.class)
				.cipherFor(owner)
				.decrypt("familyNames", cipher.encrypt("familyNames", "Mensah"))).isEqualTo("Mensah");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("r-xr-x---");
	}

	@Test
	void rotating_from_the_command_line_adds_a_primary_version_that_a_node_moves_the_data_to() {
		assertThat(keys("init").exit()).isZero();
		Run rotated = keys("rotate", "master");
		assertThat(rotated.exit()).as(rotated.err()).isZero();
		assertThat(rotated.out()).contains("as primary");

		Run check = keys("check");
		int oneVersionEach = new Keyring(this.havenHome.resolve("keys"), PASSPHRASE.toCharArray(), Clock.systemUTC())
			.keysets()
			.size();
		assertThat(check.out().lines().filter(line -> line.contains("version")).toList()).hasSize(oneVersionEach + 1)
			.anySatisfy(line -> assertThat(line).contains("primary"))
			.anySatisfy(line -> assertThat(line).contains("active"));
		assertThat(keys("rotate", "audit-signing").exit()).isEqualTo(2);
	}

	private Run keys(String... arguments) {
		String[] all = new String[arguments.length + 2];
		System.arraycopy(arguments, 0, all, 0, arguments.length);
		all[arguments.length] = "--haven.home=" + this.havenHome;
		all[arguments.length + 1] = "--haven.master-passphrase=" + PASSPHRASE;
		return run(all);
	}

	private static Run run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = KeysCommand.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static List<String> keysIn(Path home) {
		Path keys = home.resolve("keys");
		if (!Files.isDirectory(keys)) {
			return List.of();
		}
		try (var files = Files.list(keys)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".keyset")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Run(int exit, String out, String err) {
	}

}
