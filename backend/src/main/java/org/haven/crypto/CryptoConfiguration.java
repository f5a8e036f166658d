package org.haven.crypto;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

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
	@Bean
	Keyring keyring(KeysDirectory keys, DataSource dataSource, Clock clock, Environment environment) {
		Keyring keyring = new Keyring(keys.path(), keys.passphrase(), clock);
		List<String> missing = keyring.missing().stream().map(Keyring.Managed::fileName).toList();
		if (missing.isEmpty()) {
			keyring.open();
			return keyring;
		}
		// a JdbcTemplate bean would wait for the migrations, which wait for this
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Boolean tableExists = jdbc.queryForObject("select to_regclass('data_key') is not null", Boolean.class);
		Long wrapped = Boolean.TRUE.equals(tableExists)
				? jdbc.queryForObject("select count(*) from data_key", Long.class) : 0L;
		if (wrapped != null && wrapped > 0) {
			throw new IllegalStateException("The key files are missing from " + keys.path() + " (" + missing
					+ ") but the database holds " + wrapped + " data keys wrapped by them. Restore the key files "
					+ "from your backup; Haven stopped before touching any data.");
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

	@Bean
	FlywayMigrationStrategy migrateOnceTheKeysAreOpen(Keyring keyring) {
		return flyway -> flyway.migrate();
	}

	@Bean(destroyMethod = "stop")
	RotationWorker rotationWorker(Keyring keyring, FieldEncryption fieldEncryption, BlindIndex blindIndex,
			ObjectProvider<IndexedValues> indexedValues, JdbcTemplate jdbc, TransactionTemplate transactions,
			Clock clock, @Value("${haven.crypto.rotation.batch-size:200}") int batchSize,
			@Value("${haven.crypto.rotation.pause-between-batches:100ms}") Duration pause) {
		return new RotationWorker(keyring, fieldEncryption, blindIndex, indexedValues, jdbc, transactions, clock,
				batchSize, pause);
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
