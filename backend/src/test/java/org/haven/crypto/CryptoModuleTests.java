package org.haven.crypto;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys alone, with the database and the access rules they stand on: starting a
 * rotation is announced with the keyset and the new primary version, never key material.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "access" })
@WithMockUser(username = "adam", roles = "ADMIN")
class CryptoModuleTests {

	@Autowired
	KeyRotation rotation;

	@Test
	void starting_a_rotation_announces_the_keyset_and_its_new_primary_version(Scenario scenario) {
		scenario.stimulate(() -> this.rotation.rotateBlindIndexKey("adam"))
			.andWaitForEventOfType(KeyRotationStarted.class)
			.toArriveAndVerify(started -> {
				assertThat(started.keyset()).isEqualTo(RotationProgress.Keyset.BLIND_INDEX);
				assertThat(this.rotation.blindIndexVersions()).anyMatch(
						version -> version.id() == started.keyId() && version.status() == KeyVersion.Status.PRIMARY);
			});
	}

}
