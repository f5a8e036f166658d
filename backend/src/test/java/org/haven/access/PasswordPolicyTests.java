package org.haven.access;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTests {

	@ParameterizedTest(name = "\"{0}\" is refused as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			short-one1!         | access.password.too-short
			Password2024!!      | access.password.too-common
			qwertyuiop123       | access.password.too-common
			WELCOME12345678     | access.password.too-common
			carol-is-my-name!   | access.password.contains-username
			aaaaaaaaaaaaaaaa    | access.password.too-simple
			abababababababab    | access.password.too-simple
			""")
	void a_weak_password_is_refused_with_the_rule_it_breaks(String password, String messageKey) {
		assertThat(problemOf(password, "carol").messageKey()).isEqualTo(messageKey);
	}

	@Test
	void a_password_over_128_characters_is_refused() {
		assertThat(problemOf("x1y2z3".repeat(22), "carol").messageKey()).isEqualTo("access.password.too-long");
	}

	@Test
	void a_long_uncommon_password_is_accepted() {
		assertThatCode(() -> check("correct horse battery staple", "carol")).doesNotThrowAnyException();
		assertThatCode(() -> check("我的密码是长的而且不常见", "chen")).doesNotThrowAnyException();
	}

	@Test
	void an_empty_password_is_required() {
		assertThat(problemOf("", "carol").messageKey()).isEqualTo("validation.required");
	}

	private static Problem problemOf(String password, String username) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> check(password, username));
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.problems()).hasSize(1);
		if (!password.isEmpty()) {
			assertThat(refused.getMessage()).doesNotContain(password);
		}
		return refused.problems().getFirst();
	}

	private static void check(String password, String username) {
		Problems problems = new Problems();
		PasswordPolicy.check(problems, "password", password, username);
		problems.throwIfAny();
	}

}
