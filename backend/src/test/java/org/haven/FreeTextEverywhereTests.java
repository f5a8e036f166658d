package org.haven;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.haven.access.ExternalIdentity;
import org.haven.access.IdentityProviderAccounts;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.Teams;
import org.haven.person.DocumentType;
import org.haven.person.Identity;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.reference.NewReferenceItem;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.reference.TestLabels;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every free text a service accepts follows the one rule: NUL, BEL and a direction
 * override are refused on the field that holds them, with a message key and nothing of
 * the value. A field without a row here fails nobody: add one with every new free text.
 */
@IntegrationTest
class FreeTextEverywhereTests {

	private static final String PASSWORD = "correct-horse-battery-2026";

	private static final Map<String, String> REFUSED = Map.of("Arrived\u0000by bus", "validation.control-characters",
			"Ring\u0007bell", "validation.control-characters", "Sam Supervisor\u202Erosivrepus",
			"validation.hidden-formatting", "Sam\u2066Supervisor\u2069", "validation.hidden-formatting");

	@Autowired
	CaseService cases;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	PersonService persons;

	@Autowired
	UserAccountService accounts;

	@Autowired
	ReferenceData reference;

	@Autowired
	IdentityProviderAccounts identityProvider;

	@Autowired
	OrganisationService organisation;

	record Field(String name, String field, Consumer<String> submit) {
	}

	List<Field> fields() {
		CaseCode mine = this.fixtures.takenInBy("carol", TestIdentities.named("Free", "Text"));
		CaseCode someoneElses = this.fixtures.takenInBy("chen", TestIdentities.named("Other", "Text"));
		return List.of(
				new Field("note", "text",
						text -> TestSecurity.asCaseworker(() -> this.cases.addNote(mine, text, false))),
				new Field("break-glass explanation", "explanation",
						text -> TestSecurity
							.asCaseworker(() -> this.cases.breakGlass(someoneElses, BreakGlassReason.OTHER, text))),
				new Field("staff display name", "displayName",
						text -> TestSecurity.asAdministrator(() -> this.accounts
							.createAccount(new NewUserAccount("free-" + UUID.randomUUID().toString().substring(0, 8),
									text, Set.of(Role.AUDITOR), PASSWORD)))),
				new Field("given names", "givenNames", text -> register(identity(text, null, null))),
				new Field("family names", "familyNames", text -> register(identity(null, text, null))),
				new Field("aliases", "aliases",
						text -> register(new Identity(null, null, List.of(text), null, List.of(), null, List.of(), null,
								null, null))),
				new Field("addresses", "addresses",
						text -> register(new Identity(null, null, List.of(), null, List.of(), null, List.of(text), null,
								null, null))),
				new Field("identifying remarks", "identifyingRemarks", text -> register(identity(null, null, text))),
				new Field("document number", "documentNumber",
						text -> register(new Identity(null, null, List.of(), null, List.of(), null, List.of(),
								DocumentType.PASSPORT, text, null))),
				new Field("reference label (English)", "label.en",
						text -> TestSecurity.asAdministrator(() -> this.reference.add(ReferenceList.SECTORS,
								new NewReferenceItem(newCode(), TestLabels.of(text))))),
				new Field("reference label (Arabic)", "label.ar",
						text -> TestSecurity.asAdministrator(() -> this.reference.add(ReferenceList.SECTORS,
								new NewReferenceItem(newCode(), TestLabels.of("Label", "ar", text))))),
				new Field("office name", "name",
						text -> TestSecurity.asAdministrator(() -> this.organisation.createOffice(text))),
				new Field("team name", "name", text -> TestSecurity
					.asAdministrator(() -> this.organisation.createTeam(Teams.MAIN_OFFICE, text))));
	}

	@Test
	void every_free_text_refuses_control_characters_and_direction_overrides_on_its_own_field() {
		for (Field field : fields()) {
			REFUSED.forEach((text, key) -> {
				InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
						() -> field.submit().accept(text));
				assertThat(refused).as("%s refuses %s", field.name(), key).isNotNull();
				assertThat(refused.problems()).as(field.name())
					.contains(Problem.of(field.field(), key))
					.allSatisfy(problem -> assertThat(problem.arguments()).doesNotContain(text));
				assertThat(refused.getMessage()).doesNotContain("Arrived", "bell", "Supervisor");
			});
		}
	}

	@Test
	void a_display_name_from_the_identity_provider_with_a_direction_override_is_not_taken_over() {
		var account = this.identityProvider.signIn(new ExternalIdentity(UUID.randomUUID().toString(), "mallory",
				"Sam Supervisor\u202E", Set.of(Role.CASEWORKER)));

		assertThat(account.displayName()).isEqualTo("mallory");
	}

	private void register(Identity identity) {
		TestSecurity.asCaseworker(() -> this.persons.register(identity, Profile.notAskedYet()));
	}

	private static Identity identity(String given, String family, String remarks) {
		return new Identity(given, family, List.of(), null, List.of(), null, List.of(), null, null, remarks);
	}

	private static String newCode() {
		return "FREE_TEXT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
