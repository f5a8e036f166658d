package org.haven.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.haven.HavenIntegrationTest;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The monitoring endpoints as docs/admin/monitoring.md describes them: on the management
 * port only, health for anyone who reaches it and with nothing but its status, the
 * metrics only for the scraper's token, and no identity in any of them.
 */
@HavenIntegrationTest
class MonitoringOverHttpTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Value("${haven.metrics.token}")
	String scraperToken;

	@Value("${management.server.address}")
	String managementAddress;

	@Autowired
	CaseFixtures cases;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void health_answers_without_signing_in_with_its_status_and_nothing_more() throws Exception {
		HttpResponse<String> health = get(this.managementPort, "/actuator/health", null);

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
		assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void liveness_and_readiness_answer_for_the_probes_of_kubernetes_and_compose() throws Exception {
		assertThat(get(this.managementPort, "/actuator/health/liveness", null).body()).contains("\"UP\"");
		HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness", null);
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void the_management_port_listens_on_the_loopback_address_unless_configured_otherwise() {
		assertThat(this.managementAddress).isEqualTo("127.0.0.1");
	}

	@Test
	void the_metrics_refuse_a_scraper_without_the_token_or_with_another_one() throws Exception {
		assertThat(get(this.managementPort, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get(this.managementPort, "/actuator/prometheus", "Bearer not-the-token-0123456789abcdef0123")
			.statusCode()).isEqualTo(401);
		assertThat(get(this.managementPort, "/actuator/prometheus", "Basic " + this.scraperToken).statusCode())
			.isEqualTo(401);
	}

	@Test
	void no_other_endpoint_answers_on_the_management_port_and_none_at_all_on_the_application_port() throws Exception {
		for (String path : new String[] { "/actuator/env", "/actuator/heapdump", "/actuator", "/login", "/" }) {
			HttpResponse<String> refused = get(this.managementPort, path, "Bearer " + this.scraperToken);
			assertThat(refused.statusCode()).as(path).isIn(401, 403, 404);
			assertThat(refused.body()).as(path).doesNotContain("href", "haven");
		}
		HttpResponse<String> onTheApplicationPort = get(this.port, "/actuator/health", null);
		assertThat(onTheApplicationPort.statusCode()).isNotEqualTo(200);
		assertThat(onTheApplicationPort.body()).doesNotContain("\"status\"");
		assertThat(get(this.port, "/actuator/prometheus", "Bearer " + this.scraperToken).body())
			.doesNotContain("haven_audit");
	}

	@Test
	void the_scraper_reads_request_latency_audit_sealing_and_rotation_and_never_an_identity() throws Exception {
		CaseCode code = this.cases.takenInBy("carol",
				TestIdentities.identity("Metricanary", "Gaugecanary", null, "+373 69 555 017", "MC0451177"));
		get(this.port, "/cases/" + code.value() + "?name=Metricanary", null);
		get(this.port, "/persons/Gaugecanary", null);

		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus", "Bearer " + this.scraperToken);

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_count", "haven_audit_append_seconds_count",
				"haven_audit_sealer_state{", "haven_audit_sealer_lag_seconds", "haven_keys_rotation_progress{",
				"haven_exports_running", "application=\"haven\"");
		assertThat(metrics.body()).doesNotContain("Metricanary", "Gaugecanary", "555 017", "MC0451177", code.value(),
				"carol");
	}

	@Test
	void a_token_short_enough_to_guess_stops_haven_from_starting() {
		assertThatIllegalStateException().isThrownBy(() -> MonitoringSecurity.ScraperToken.of("short-token"))
			.withMessageContaining("at least 32 characters");
		assertThat(MonitoringSecurity.ScraperToken.of("").matches("")).isFalse();
	}

	private HttpResponse<String> get(int port, String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
