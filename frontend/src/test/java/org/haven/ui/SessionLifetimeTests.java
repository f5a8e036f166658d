package org.haven.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import org.haven.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

@HavenIntegrationTest
class SessionLifetimeTests {

	@LocalServerPort
	int port;

	@Autowired
	ServletContext servletContext;

	@Autowired
	ServletRegistrationBean<SpringServlet> vaadinServlet;

	@Value("${haven.security.session.absolute-timeout}")
	Duration absoluteTimeout;

	@Test
	void a_session_ends_after_fifteen_idle_minutes_and_twelve_hours_at_most() {
		assertThat(this.servletContext.getSessionTimeout()).as("idle minutes").isEqualTo(15);
		assertThat(this.absoluteTimeout).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void vaadins_heartbeats_do_not_keep_an_idle_session_alive() {
		VaadinService service = this.vaadinServlet.getServlet().getService();
		assertThat(service.getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
	}

	@Test
	void the_session_cookie_is_secure_when_the_request_came_over_tls_through_a_proxy() throws Exception {
		HttpResponse<String> response = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

}
