package org.haven.access;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every combination of roles against the rule of roles that must not meet. */
class RoleRulesTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			CASEWORKER                           | allowed
			SUPERVISOR                           | allowed
			AUDITOR                              | allowed
			ADMIN                                | allowed
			CASEWORKER SUPERVISOR                | allowed
			CASEWORKER AUDITOR                   | AUDITOR_WITH_OTHER_ROLE
			SUPERVISOR AUDITOR                   | AUDITOR_WITH_OTHER_ROLE
			CASEWORKER SUPERVISOR AUDITOR        | AUDITOR_WITH_OTHER_ROLE
			CASEWORKER ADMIN                     | ADMIN_WITH_CASE_ROLE
			SUPERVISOR ADMIN                     | ADMIN_WITH_CASE_ROLE
			CASEWORKER SUPERVISOR ADMIN          | ADMIN_WITH_CASE_ROLE
			AUDITOR ADMIN                        | AUDITOR_WITH_OTHER_ROLE
			CASEWORKER AUDITOR ADMIN             | ADMIN_WITH_CASE_ROLE
			SUPERVISOR AUDITOR ADMIN             | ADMIN_WITH_CASE_ROLE
			CASEWORKER SUPERVISOR AUDITOR ADMIN  | ADMIN_WITH_CASE_ROLE
			""")
	void every_combination_of_roles_is_allowed_or_refused_as_the_table_says(String roles, String expected) {
		Set<Role> combination = EnumSet.noneOf(Role.class);
		for (String role : roles.split(" ")) {
			combination.add(Role.valueOf(role));
		}

		assertThat(RoleRules.violatedBy(combination).map(Enum::name).orElse("allowed")).isEqualTo(expected);
	}

}
