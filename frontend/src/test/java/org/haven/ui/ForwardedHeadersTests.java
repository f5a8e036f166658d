package org.haven.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.HavenIntegrationTest;
import org.haven.TestAccounts;
import org.haven.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only a trusted proxy says who the client is. The tests' configuration trusts 127.0.0.1,
 * as a reverse proxy on the same machine; connections from 127.0.0.2 play any other host,
 * such as another pod of the cluster.
 */
@HavenIntegrationTest
class ForwardedHeadersTests {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: (JSESSIONID=[^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void x_forwarded_for_from_an_address_that_is_no_trusted_proxy_does_not_change_the_client_address_in_the_audit_trail()
			throws Exception {
		this.accounts.create("forwarded-forger", Role.CASEWORKER);

		signIn("127.0.0.2", "forwarded-forger", "203.0.113.7");

		assertThat(clientAddressOfSignIn("forwarded-forger")).isEqualTo("127.0.0.2");
	}

	@Test
	void x_forwarded_for_from_a_trusted_proxy_names_the_client_the_proxy_saw_never_what_the_client_wrote()
			throws Exception {
		this.accounts.create("behind-the-proxy", Role.CASEWORKER);

		// the client wrote 203.0.113.7 itself; the proxy appended the address it saw
		signIn("127.0.0.1", "behind-the-proxy", "203.0.113.7, 198.51.100.4");

		assertThat(clientAddressOfSignIn("behind-the-proxy")).isEqualTo("198.51.100.4");
	}

	@Test
	void a_trusted_proxy_that_is_not_an_address_or_range_stops_start_up() {
		assertThat(TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.1 ,::1")).containsExactly("10.0.0.0/8", "192.0.2.1/32",
				"::1/128");
		assertThat(TrustedProxies.parse("")).isEmpty();
		for (String wrong : new String[] { "proxy.example.org", "10.0.0.0/33", "10.0.0/8x", "*" }) {
			assertThatThrownBy(() -> TrustedProxies.parse(wrong)).as(wrong)
				.hasMessageContaining("HAVEN_TRUSTED_PROXIES");
		}
	}

	private String clientAddressOfSignIn(String username) {
		return this.jdbc.queryForObject(
				"select client_address from audit_event where action = 'SIGN_IN' and actor_username = ? order by seq desc limit 1",
				String.class, username);
	}

	/** Signs in as a browser would, over a connection from the given local address. */
	private void signIn(String from, String username, String forwardedFor) throws IOException {
		String page = exchange(from, "GET /login HTTP/1.0\r\nHost: localhost\r\n\r\n");
		Matcher session = SESSION.matcher(page);
		Matcher csrf = CSRF.matcher(page);
		assertThat(session.find()).as("a session cookie").isTrue();
		assertThat(csrf.find()).as("a CSRF token").isTrue();
		String form = "username=" + username + "&password="
				+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		String answer = exchange(from,
				"POST /login HTTP/1.0\r\nHost: localhost\r\nCookie: " + session.group(1)
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
						+ "\r\nX-Forwarded-For: " + forwardedFor + "\r\n\r\n" + form);
		assertThat(answer).startsWith("HTTP/1.1 302").doesNotContainPattern("(?im)^Location: .*error");
	}

	private String exchange(String from, String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
