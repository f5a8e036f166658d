package org.haven.person;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persons alone, with the database, the keys and the access rules they stand on (no case
 * module: nobody is permitted a person beyond registering one): a registration is
 * announced with the person's code and the names of the identity fields filled, never
 * their values.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "crypto", "access" })
@WithMockUser(username = "carol", roles = "CASEWORKER")
class PersonModuleTests {

	@Autowired
	PersonService persons;

	@Test
	void registering_a_person_announces_the_filled_fields_by_name(Scenario scenario) {
		Identity identity = TestIdentities.identity(TestIdentities.letters(), TestIdentities.letters(),
				LocalDate.of(1990, 5, 17), null, null);
		scenario.stimulate(() -> this.persons.register(identity, Profile.notAskedYet()))
			.andWaitForEventOfType(PersonRegistered.class)
			.toArriveAndVerify((registered, code) -> {
				assertThat(registered.code()).isEqualTo(code);
				assertThat(registered.parts()).contains("givenNames", "familyNames", "dateOfBirth")
					.doesNotContain("phoneNumbers", "documentNumber");
			});
	}

}
