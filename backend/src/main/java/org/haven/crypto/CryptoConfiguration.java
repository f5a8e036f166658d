package org.haven.crypto;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

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
	 * stops Haven before a single migration runs. A first start creates them; but keys
	 * that are missing while the database holds data wrapped by them are an error, never
	 * a reason to make new ones.
	 */
	@Bean
	Keyring keyring(KeysDirectory keys, DataSource dataSource, Clock clock) {
		// a JdbcTemplate bean would wait for the migrations, which wait for this
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Keyring keyring = new Keyring(keys.path(), keys.passphrase(), clock);
		if (!keyring.keyFilesExist()) {
			Boolean tableExists = jdbc.queryForObject("select to_regclass('data_key') is not null", Boolean.class);
			Long wrapped = Boolean.TRUE.equals(tableExists)
					? jdbc.queryForObject("select count(*) from data_key", Long.class) : 0L;
			if (wrapped != null && wrapped > 0) {
				throw new IllegalStateException("The key files are missing from " + keys.path() + " but the database "
						+ "holds " + wrapped + " data keys wrapped by them. Restore the key files from your backup; "
						+ "Haven stopped before touching any data.");
			}
		}
		if (!keyring.authorization().file().exists()) {
			long sealed = sealedRows(jdbc);
			if (sealed > 0) {
				throw new IllegalStateException("The key file " + Keyring.AUTHORIZATION_FILE + " is missing from "
						+ keys.path() + " but the database holds " + sealed + " rows sealed by it. Restore the key "
						+ "file from your backup; Haven stopped before touching any data.");
			}
		}
		keyring.open();
		return keyring;
	}

	/**
	 * Accounts sealed by the authorisation key, once the migration that seals them has
	 * run.
	 */
	private static long sealedRows(JdbcTemplate jdbc) {
		Boolean sealing = jdbc.queryForObject(
				"""
						select exists (select 1 from information_schema.columns
						               where table_schema = current_schema() and table_name = 'app_user' and column_name = 'seal')""",
				Boolean.class);
		if (!Boolean.TRUE.equals(sealing)) {
			return 0;
		}
		Long sealed = jdbc.queryForObject("select count(*) from app_user where seal is not null", Long.class);
		return sealed == null ? 0 : sealed;
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
