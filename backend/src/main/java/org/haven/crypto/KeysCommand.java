package org.haven.crypto;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.platform.HavenHome;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar haven.jar keys init|check|rotate|retire|destroy}: what administrators
 * do with the key files outside a running Haven. Keys are made once with {@code init},
 * backed up, and given to every node, which may mount them read-only; a node never makes
 * keys by itself outside demo mode. {@code rotate}, {@code retire} and {@code destroy}
 * change the administrators' copy, which is then given to every node again. Reads
 * {@code HAVEN_HOME} and the master passphrase as Haven does ({@code --haven.home=...}
 * works too); never prints key material. Exit code 0 when done, 1 when refused, 2 on a
 * usage error.
 */
public final class KeysCommand {

	private static final String USAGE = """
			Usage: java -jar haven.jar keys <command>
			  init [--add-missing]       create the key files in HAVEN_HOME/keys (--add-missing: only those
			                             that a new release introduced, next to existing ones)
			  check                      open every key file with the passphrase and list its versions
			  rotate master|blind-index  add a new primary version; nodes move the data to it by themselves
			  retire <keyset> <version>  disable a version that nothing uses any more (the Keys view shows uses)
			  destroy <keyset> <version> remove a retired version's material for good
			HAVEN_HOME and HAVEN_MASTER_PASSPHRASE or HAVEN_MASTER_PASSPHRASE_FILE are read as by Haven.""";

	private KeysCommand() {
	}

	public static int run(String[] arguments, PrintStream out, PrintStream err) {
		List<String> words = new ArrayList<>();
		List<String> settings = new ArrayList<>();
		boolean addMissing = false;
		for (String argument : arguments) {
			if (argument.equals("--add-missing")) {
				addMissing = true;
			}
			else if (argument.startsWith("--")) {
				settings.add(argument);
			}
			else {
				words.add(argument);
			}
		}
		if (words.isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		Keyring keyring;
		Path directory;
		try {
			StandardEnvironment environment = environment(settings);
			directory = new HavenHome(Path.of(environment.getProperty("haven.home",
					Path.of(System.getProperty("user.home"), ".haven").toString())))
				.directory("keys");
			keyring = new Keyring(directory, MasterPassphrase.resolve(environment, directory), Clock.systemUTC());
		}
		catch (RuntimeException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		try {
			return switch (words.getFirst()) {
				case "init" -> init(keyring, directory, addMissing, out, err);
				case "check" -> check(keyring, directory, out, err);
				case "rotate" -> words.size() == 2 ? rotate(keyring, words.get(1), out, err) : usage(err);
				case "retire", "destroy" -> words.size() == 3
						? change(keyring, words.get(0), words.get(1), words.get(2), out, err) : usage(err);
				default -> usage(err);
			};
		}
		catch (RuntimeException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

	private static int init(Keyring keyring, Path directory, boolean addMissing, PrintStream out, PrintStream err) {
		List<ManagedKeyset> missing = keyring.missing();
		if (missing.isEmpty()) {
			err.println(
					"Every key file exists already in " + directory + ": nothing created. 'keys check' opens them.");
			return 1;
		}
		if (keyring.keyFilesExist() && !addMissing) {
			err.println("Key files exist already in " + directory + ": nothing created. A missing one must be restored "
					+ "from the backup; only one that a new release introduced is created, with 'keys init "
					+ "--add-missing'. Missing: " + names(missing));
			return 1;
		}
		for (ManagedKeyset keyset : keyring.keysets()) {
			if (keyset.exists()) {
				// the same passphrase must open the files already there
				keyset.open();
			}
		}
		for (ManagedKeyset keyset : missing) {
			keyset.create();
			out.println("Created " + keyset.path());
		}
		out.println();
		out.println("Back these files up now, apart from the database backups, and give every Haven node the "
				+ "same files (read-only is enough). Without them every identity is lost.");
		return 0;
	}

	private static int check(Keyring keyring, Path directory, PrintStream out, PrintStream err) {
		int result = 0;
		for (ManagedKeyset keyset : keyring.keysets()) {
			if (!keyset.exists()) {
				err.println(keyset.fileName() + ": MISSING from " + directory);
				result = 1;
				continue;
			}
			keyset.open();
			out.println(keyset.fileName() + ": opens; " + (keyset.writable() ? "writable" : "read-only"));
			for (ManagedKeyset.Version version : keyset.versions()) {
				out.printf("  version %d  %-8s created %s%n", Integer.toUnsignedLong(version.id()),
						version.status().name().toLowerCase(Locale.ROOT), version.created());
			}
		}
		return result;
	}

	private static int rotate(Keyring keyring, String name, PrintStream out, PrintStream err) {
		Optional<ManagedKeyset> keyset = rotatable(keyring, name);
		if (keyset.isEmpty()) {
			err.println("Only the master and the blind-index keysets are rotated: 'keys rotate master' or "
					+ "'keys rotate blind-index'.");
			return 2;
		}
		keyring.open();
		int id = keyset.get().addPrimaryVersion();
		out.printf("Added version %d to %s as primary.%n", Integer.toUnsignedLong(id), keyset.get().path());
		out.println("Back the file up, give every node the new files and restart the nodes one after the other: each "
				+ "moves the data to the new version by itself (the Keys view shows the progress).");
		return 0;
	}

	private static int change(Keyring keyring, String verb, String name, String version, PrintStream out,
			PrintStream err) {
		Optional<ManagedKeyset> keyset = rotatable(keyring, name);
		long id;
		try {
			id = Long.parseLong(version);
		}
		catch (NumberFormatException ex) {
			return usage(err);
		}
		if (keyset.isEmpty()) {
			return usage(err);
		}
		keyring.open();
		ManagedKeyset managed = keyset.get();
		Optional<ManagedKeyset.Version> found = managed.versions()
			.stream()
			.filter(candidate -> Integer.toUnsignedLong(candidate.id()) == id)
			.findFirst();
		if (found.isEmpty()) {
			err.println(managed.fileName() + " has no version " + id);
			return 1;
		}
		if (verb.equals("retire")) {
			if (found.get().status() != KeyVersion.Status.ACTIVE) {
				err.println("Only a version that is neither primary nor retired can be retired");
				return 1;
			}
			managed.retire(Set.of(found.get().id()));
			out.printf("Retired version %d of %s.%n", id, managed.fileName());
		}
		else {
			managed.destroy(found.get().id());
			out.printf("Destroyed version %d of %s: backups made while it was in use can no longer be read.%n", id,
					managed.fileName());
		}
		out.println("Give every node the new files.");
		return 0;
	}

	private static Optional<ManagedKeyset> rotatable(Keyring keyring, String name) {
		return switch (name) {
			case "master" -> Optional.of(keyring.master());
			case "blind-index" -> Optional.of(keyring.blindIndex());
			default -> Optional.empty();
		};
	}

	private static int usage(PrintStream err) {
		err.println(USAGE);
		return 2;
	}

	private static List<String> names(List<ManagedKeyset> keysets) {
		return keysets.stream().map(ManagedKeyset::fileName).toList();
	}

	/**
	 * Haven's own settings, from the environment and the command line; never demo mode,
	 * so never a generated passphrase.
	 */
	private static StandardEnvironment environment(List<String> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings.toArray(String[]::new)));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("keys-command",
					Map.of("haven.demo", "false", "haven.demo-passphrase", "false")));
		return environment;
	}

}
