package org.haven.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Properties;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.shared.AuditUnavailableException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database gone, a user is told so in their language and that nothing was saved,
 * whichever layer noticed first: the transaction that could not begin, the audit trail
 * that could not record, or the connection the server ended.
 */
class DatabaseUnreachableMessageTests {

	@Test
	void a_call_that_found_no_connection_says_the_database_cannot_be_reached() {
		var noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("haven - Connection is not available", "08001"));

		UnexpectedErrors.Report report = UnexpectedErrors.report(noConnection);

		assertThat(report.messageKey()).isEqualTo("error.database-unreachable");
		assertThat(report.httpStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	@Test
	void an_audit_record_refused_for_want_of_the_database_says_the_database_cannot_be_reached() {
		var auditRefused = new AuditUnavailableException(
				new CannotGetJdbcConnectionException("no connection", new PSQLException(
						"terminating connection due to administrator command", PSQLState.CONNECTION_FAILURE)));

		assertThat(UnexpectedErrors.report(auditRefused).messageKey()).isEqualTo("error.database-unreachable");
	}

	@Test
	void an_audit_record_refused_for_another_reason_still_says_so() {
		var auditRefused = new AuditUnavailableException(new IllegalStateException("sealer key missing"));

		assertThat(UnexpectedErrors.report(auditRefused).messageKey()).isEqualTo("error.audit-unavailable");
	}

	@Test
	void every_language_says_it_in_its_own_words_with_the_error_number() {
		String english = text(Languages.ENGLISH);
		for (Locale language : Languages.SUPPORTED) {
			String text = text(language);
			assertThat(text).as("%s", language).contains("{0}");
			if (!language.equals(Languages.ENGLISH)) {
				assertThat(text).as("%s", language).isNotEqualTo(english);
			}
		}
	}

	private static String text(Locale language) {
		String suffix = language.equals(Languages.ENGLISH) ? "" : "_" + language.getLanguage();
		Properties messages = new Properties();
		try (InputStream in = DatabaseUnreachableMessageTests.class
			.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return messages.getProperty("error.database-unreachable");
	}

}
