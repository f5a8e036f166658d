package org.haven.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.haven.StandaloneHaven;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.jasypt.encryption.StringEncryptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key files under the Haven home, and what happens when their passphrase or the files
 * are wrong.
 */
class KeyFilesTests {

	@TempDir
	Path havenHome;

	@Test
	void a_wrong_passphrase_stops_start_up_before_the_database_is_touched_and_the_right_one_reads_the_data()
			throws Exception {
		PersonCode code;
		try (ConfigurableApplicationContext first = StandaloneHaven.start(this.havenHome,
				"--haven.master-passphrase=correct horse battery staple")) {
			code = first.getBean(CaseFixtures.class)
				.personTakenInBy("carol", new Identity("Ama", "Serwaa", List.of(), LocalDate.of(1999, 9, 9), List.of(),
						null, List.of(), null, null, null), Profile.notAskedYet());
		}
		Path keys = this.havenHome.resolve("keys");
		byte[] masterBefore = Files.readAllBytes(keys.resolve(Keyring.MASTER_FILE));
		assertThat(Files.getPosixFilePermissions(keys.resolve(Keyring.MASTER_FILE)))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		assertThat(Files.readString(keys.resolve(Keyring.MASTER_FILE))).contains("PBEWITHHMACSHA512ANDAES_256")
			.doesNotContain("AesGcmKey");

		ListAppender<ILoggingEvent> flyway = listenTo("org.flywaydb");
		assertThatThrownBy(() -> StandaloneHaven.start(this.havenHome, "--haven.master-passphrase=a wrong guess"))
			.rootCause()
			.hasMessageContaining("The master passphrase does not open the key file")
			.hasMessageContaining("stopped before touching any data");
		assertThat(flyway.list).as("Flyway log lines during the refused start").isEmpty();
		assertThat(Files.readAllBytes(keys.resolve(Keyring.MASTER_FILE))).isEqualTo(masterBefore);

		Path passphraseFile = Files.writeString(this.havenHome.resolve("passphrase"), "correct horse battery staple\n");
		try (ConfigurableApplicationContext again = StandaloneHaven.start(this.havenHome,
				"--haven.master-passphrase-file=" + passphraseFile)) {
			assertThat(TestSecurity.asCaseworker(() -> again.getBean(PersonService.class).revealIdentity(code))
				.familyNames()).isEqualTo("Serwaa");
		}
	}

	@Test
	void missing_key_files_for_a_database_that_holds_data_stop_start_up_instead_of_making_new_keys() throws Exception {
		try (ConfigurableApplicationContext first = StandaloneHaven.start(this.havenHome)) {
			first.getBean(CaseFixtures.class)
				.takenInBy("carol",
						new Identity("Kwame", null, List.of(), null, List.of(), null, List.of(), null, null, null));
		}
		Files.delete(this.havenHome.resolve("keys").resolve(Keyring.MASTER_FILE));
		Files.delete(this.havenHome.resolve("keys").resolve(Keyring.BLIND_INDEX_FILE));

		assertThatThrownBy(() -> StandaloneHaven.start(this.havenHome)).rootCause()
			.hasMessageContaining("The key files are missing")
			.hasMessageContaining("Restore the key files from your backup");
		assertThat(this.havenHome.resolve("keys").resolve(Keyring.MASTER_FILE)).doesNotExist();
	}

	@Test
	void a_demonstration_home_from_before_the_referral_keys_gets_them_and_keeps_its_data() throws Exception {
		CaseCode code;
		try (ConfigurableApplicationContext first = StandaloneHaven.start(this.havenHome)) {
			code = first.getBean(CaseFixtures.class)
				.takenInBy("carol",
						new Identity("Kofi", null, List.of(), null, List.of(), null, List.of(), null, null, null));
		}
		Path keys = this.havenHome.resolve("keys");
		Files.delete(keys.resolve(Keyring.EXCHANGE_ENCRYPTION_FILE));
		Files.delete(keys.resolve(Keyring.EXCHANGE_SIGNING_FILE));

		try (ConfigurableApplicationContext again = StandaloneHaven.start(this.havenHome)) {
			assertThat(
					TestSecurity.asCaseworker(() -> again.getBean(CaseService.class).revealIdentity(code)).givenNames())
				.isEqualTo("Kofi");
		}
		assertThat(keys.resolve(Keyring.EXCHANGE_ENCRYPTION_FILE)).exists();
		assertThat(keys.resolve(Keyring.EXCHANGE_SIGNING_FILE)).exists();
	}

	@Test
	void without_a_passphrase_outside_demo_mode_haven_does_not_start() {
		assertThatThrownBy(() -> StandaloneHaven.start(this.havenHome, "--haven.demo=false")).rootCause()
			.hasMessageContaining("No master passphrase");
	}

	@Test
	void a_secret_in_the_configuration_may_be_written_encrypted() {
		String encrypted = ConfigurationSecrets.create("a long passphrase".toCharArray()).encrypt("s3cret value");
		try (ConfigurableApplicationContext haven = StandaloneHaven.start(this.havenHome,
				"--haven.master-passphrase=a long passphrase", "--haven.example.secret=ENC(" + encrypted + ")")) {
			assertThat(haven.getEnvironment().getProperty("haven.example.secret")).isEqualTo("s3cret value");
			assertThat(haven.getBean("jasyptStringEncryptor", StringEncryptor.class).decrypt(encrypted))
				.isEqualTo("s3cret value");
		}
	}

	private static ListAppender<ILoggingEvent> listenTo(String loggerName) {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		((Logger) LoggerFactory.getLogger(loggerName)).addAppender(appender);
		return appender;
	}

}
