package org.haven.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Identities and profiles for tests; made up, like everything in test data. */
public final class TestIdentities {

	private TestIdentities() {
	}

	/** A person known by name only: nothing else was asked yet. */
	public static Identity named(String given, String family) {
		return identity(given, family, null, null, null);
	}

	public static Identity identity(String given, String family, LocalDate born, String phone, String document) {
		return new Identity(given, family, List.of(), born, phone == null ? List.of() : List.of(phone), null, List.of(),
				document == null ? null : DocumentType.PASSPORT, document, null);
	}

	/** Six random letters, to make a name that no other test uses. */
	public static String letters() {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

	public static Profile profile(Gender gender) {
		return new Profile(gender, null, null, "NG", List.of("en", "yo"), Disability.NONE,
				MigrationStatus.IRREGULAR_MIGRANT,
				Set.of(VulnerabilityFactor.POVERTY, VulnerabilityFactor.UNEMPLOYMENT));
	}

}
