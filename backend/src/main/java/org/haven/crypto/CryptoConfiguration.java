package org.haven.crypto;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.haven.platform.HavenHome;
import org.jasypt.encryption.StringEncryptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	@Bean
	KeysDirectory keysDirectory(HavenHome home, Environment environment) {
		Path directory = home.directory("keys");
		return new KeysDirectory(directory, MasterPassphrase.resolve(environment, directory));
	}

	/**
	 * Opens the key files before anything else touches the database: a wrong passphrase
	 * stops Haven before a single migration runs. Keys are made once, by
	 * {@code java -jar haven.jar keys init}, and given to every node; only a
	 * demonstration run on a database without data creates missing ones itself. Keys that
	 * are missing are never a reason to make new ones over existing data.
	 */
	/**
	 * Key files a release added that no stored row depends on yet: a demonstration home
	 * from an earlier release gets them made; a production one is told to make them.
	 */
	private static final Set<String> NEW_IN_A_RELEASE = Set.of(Keyring.EXCHANGE_ENCRYPTION_FILE,
			Keyring.EXCHANGE_SIGNING_FILE);

	@Bean
	Keyring keyring(KeysDirectory keys, DataSource dataSource, Clock clock, Environment environment) {
		Keyring keyring = new Keyring(keys.path(), keys.passphrase(), clock);
		List<String> missing = keyring.missing().stream().map(ManagedKeyset::fileName).toList();
		// a JdbcTemplate bean would wait for the migrations, which wait for this
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		if (missing.isEmpty()) {
			keyring.open();
			requireTheKeyThatSealedTheRows(keyring, jdbc, keys);
			return keyring;
		}
		Boolean tableExists = jdbc.queryForObject("select to_regclass('data_key') is not null", Boolean.class);
		Long wrapped = Boolean.TRUE.equals(tableExists)
				? jdbc.queryForObject("select count(*) from data_key", Long.class) : 0L;
		if (wrapped != null && wrapped > 0 && !NEW_IN_A_RELEASE.containsAll(missing)) {
			throw new IllegalStateException("The key files are missing from " + keys.path() + " (" + missing
					+ ") but the database holds " + wrapped + " data keys wrapped by them. Restore the key files "
					+ "from your backup; Haven stopped before touching any data.");
		}
		if (!keyring.authorization().file().exists()) {
			long sealed = sealedRows(jdbc);
			if (sealed > 0) {
				throw new IllegalStateException("The key file " + Keyring.AUTHORIZATION_FILE + " is missing from "
						+ keys.path() + " but the database holds " + sealed + " rows sealed by it. Restore the key "
						+ "file from your backup; Haven stopped before touching any data.");
			}
		}
		if (!environment.getProperty("haven.demo", Boolean.class, false)) {
			throw new IllegalStateException(keyring.keyFilesExist() ? "The key files " + missing + " are missing from "
					+ keys.path() + ". Restore them from your "
					+ "backup; if this release introduced them, create them with 'java -jar haven.jar keys init "
					+ "--add-missing' and give every node the new files. Haven stopped before touching any data."
					: "There are no key files in " + keys.path() + ". Outside demo mode Haven makes no keys by itself: "
							+ "create them once with 'java -jar haven.jar keys init' (with HAVEN_HOME and the master "
							+ "passphrase set as for Haven), back them up, and give every node the same files; or "
							+ "restore them from your backup (docs/admin/install.md). Haven stopped before touching "
							+ "any data.");
		}
		keyring.openOrCreate();
		return keyring;
	}

	/**
	 * Accounts sealed by the authorisation key, once the migration that seals them has
	 * run.
	 */
	private static long sealedRows(JdbcTemplate jdbc) {
		if (!sealing(jdbc)) {
			return 0;
		}
		Long sealed = jdbc.queryForObject("select count(*) from app_user where seal is not null", Long.class);
		return sealed == null ? 0 : sealed;
	}

	/**
	 * An authorisation key file made anew over sealed rows (say by {@code keys init
	 * --add-missing} after the old one was lost) would refuse every row: Haven stops
	 * instead, when no version in the file made any of the accounts' seals.
	 */
	private static void requireTheKeyThatSealedTheRows(Keyring keyring, JdbcTemplate jdbc, KeysDirectory keys) {
		if (!sealing(jdbc)) {
			return;
		}
		Set<Long> sealedBy = new HashSet<>(jdbc
			.queryForList("select distinct substring(seal from 1 for 5) from app_user where seal is not null",
					byte[].class)
			.stream()
			.map(AuthorizationSeal::keyVersionOf)
			.toList());
		boolean known = keyring.authorization()
			.versions()
			.stream()
			.anyMatch(version -> sealedBy.contains(Integer.toUnsignedLong(version.id())));
		if (!sealedBy.isEmpty() && !known) {
			throw new IllegalStateException("The key file " + Keyring.AUTHORIZATION_FILE + " in " + keys.path()
					+ " holds none of the keys that sealed the rows in the database: it is not the file Haven used. "
					+ "Restore the key file from your backup; Haven stopped before touching any data.");
		}
	}

	private static boolean sealing(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"""
						select exists (select 1 from information_schema.columns
						               where table_schema = current_schema() and table_name = 'app_user' and column_name = 'seal')""",
				Boolean.class));
	}

	@Bean
	FlywayMigrationStrategy migrateOnceTheKeysAreOpen(Keyring keyring) {
		return flyway -> flyway.migrate();
	}

	@Bean
	RotationWorker rotationWorker(Keyring keyring, FieldEncryption fieldEncryption, BlindIndex blindIndex,
			ObjectProvider<IndexedValues> indexedValues, JdbcTemplate jdbc, TransactionTemplate transactions,
			Clock clock, @Value("${haven.crypto.rotation.batch-size:200}") int batchSize,
			@Value("${haven.crypto.rotation.pause-between-batches:100ms}") Duration pause, TaskScheduler scheduler,
			KeyVersionStates states) {
		return new RotationWorker(keyring, fieldEncryption, blindIndex, indexedValues, jdbc, transactions, clock,
				batchSize, pause, scheduler, states);
	}

	/** Decrypts {@code ENC(...)} values in configuration with the master passphrase. */
	@Bean("jasyptStringEncryptor")
	static StringEncryptor configurationSecrets(ObjectProvider<KeysDirectory> keys) {
		return new ConfigurationSecrets(() -> keys.getObject().passphrase());
	}

	/** Where the key files are, and the passphrase that opens them. */
	record KeysDirectory(Path path, char[] passphrase) {

		@Override
		public String toString() {
			return "KeysDirectory[" + this.path + "]";
		}

	}

}
