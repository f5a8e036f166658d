package org.haven.crypto;

import java.nio.file.Files;
import java.nio.file.Path;

import org.haven.StandaloneHaven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key file that seals the rows granting access, and what happens when it is lost. */
class AuthorizationKeyFileTests {

	@TempDir
	Path havenHome;

	@Test
	void a_lost_authorisation_key_file_stops_start_up_instead_of_making_a_new_key_that_refuses_every_row()
			throws Exception {
		try (ConfigurableApplicationContext first = StandaloneHaven.start(this.havenHome)) {
			assertThat(first.getBean(Keyring.class).keysets()).hasSize(6);
		}
		Path keyFile = this.havenHome.resolve("keys").resolve(Keyring.AUTHORIZATION_FILE);
		assertThat(Files.readString(keyFile)).contains(KeysetFile.ALGORITHM).doesNotContain("HmacKey");
		Files.delete(keyFile);

		assertThatThrownBy(() -> StandaloneHaven.start(this.havenHome)).rootCause()
			.hasMessageContaining("authorization.keyset is missing")
			.hasMessageContaining("Restore the key file from your backup");
		assertThat(keyFile).doesNotExist();
	}

	@Test
	void an_authorisation_key_file_made_anew_over_sealed_rows_stops_start_up() throws Exception {
		String passphrase = "--haven.master-passphrase=a passphrase for these tests";
		try (ConfigurableApplicationContext first = StandaloneHaven.start(this.havenHome, passphrase)) {
			assertThat(first.getBean(KeyRotation.class)).isNotNull();
		}
		Files.delete(this.havenHome.resolve("keys").resolve(Keyring.AUTHORIZATION_FILE));
		assertThat(
				KeysCommand.run(new String[] { "init", "--add-missing", "--haven.home=" + this.havenHome, passphrase },
						System.out, System.err))
			.isZero();

		assertThatThrownBy(() -> StandaloneHaven.start(this.havenHome, passphrase)).rootCause()
			.hasMessageContaining("holds none of the keys that sealed the rows")
			.hasMessageContaining("Restore the key file from your backup");
	}

}
