package org.haven.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak's admin REST API, as the temporary administrator of the master realm that the
 * start script creates: what an administrator does in Keycloak's console, done by a test.
 */
final class KeycloakAdmin {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String password;

	private final HttpClient http = HttpClient.newHttpClient();

	KeycloakAdmin(String baseUrl, String password) {
		this.baseUrl = baseUrl;
		this.password = password;
	}

	/** Adds users (with their roles and credentials) in the realm export's format. */
	void importUsers(List<Map<String, Object>> users) {
		send("POST", "/partialImport", Map.of("ifResourceExists", "FAIL", "users", users), 200);
	}

	String userId(String username) {
		List<?> found = JSON.readValue(send("GET",
				"/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null, 200),
				List.class);
		return (String) ((Map<?, ?>) found.getFirst()).get("id");
	}

	/** Ends every session of the user, as "Sign out" on the user's sessions tab does. */
	void endSessionsOf(String username) {
		send("POST", "/users/" + userId(username) + "/logout", null, 204);
	}

	void disable(String username) {
		send("PUT", "/users/" + userId(username), Map.of("enabled", false), 204);
	}

	List<?> sessionsOf(String username) {
		return JSON.readValue(send("GET", "/users/" + userId(username) + "/sessions", null, 200), List.class);
	}

	Map<?, ?> bruteForceStatusOf(String username) {
		return JSON.readValue(send("GET", "/attack-detection/brute-force/users/" + userId(username), null, 200),
				Map.class);
	}

	Map<?, ?> realm() {
		return JSON.readValue(send("GET", "", null, 200), Map.class);
	}

	Map<?, ?> client(String clientId) {
		List<?> found = JSON.readValue(send("GET", "/clients?clientId=" + clientId, null, 200), List.class);
		return (Map<?, ?>) found.getFirst();
	}

	List<?> flows() {
		return JSON.readValue(send("GET", "/authentication/flows", null, 200), List.class);
	}

	List<?> executionsOf(String flowAlias) {
		return JSON.readValue(send("GET", "/authentication/flows/" + path(flowAlias) + "/executions", null, 200),
				List.class);
	}

	private static String path(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * Creates a top-level browser flow that asks for the password only, and returns its
	 * id: what a careless change to the realm would amount to.
	 */
	String createPasswordOnlyFlow(String alias) {
		send("POST", "/authentication/flows",
				Map.of("alias", alias, "providerId", "basic-flow", "topLevel", true, "builtIn", false), 201);
		String executions = "/authentication/flows/"
				+ URLEncoder.encode(alias, StandardCharsets.UTF_8).replace("+", "%20") + "/executions";
		send("POST", executions + "/execution", Map.of("provider", "auth-username-password-form"), 201);
		List<?> created = JSON.readValue(send("GET", executions, null, 200), List.class);
		Map<String, Object> password = new HashMap<>(castMap(created.getFirst()));
		password.put("requirement", "REQUIRED");
		send("PUT", executions, password, 202, 204);
		return flows().stream()
			.map(KeycloakAdmin::castMap)
			.filter(flow -> alias.equals(flow.get("alias")))
			.map(flow -> (String) flow.get("id"))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Binds the client's browser sign-in to the given flow, or back to the realm's with
	 * null.
	 */
	void bindBrowserFlow(String clientId, String flowId) {
		Map<String, Object> client = new HashMap<>(castMap(client(clientId)));
		// Keycloak removes an override that is set to an empty value, and keeps one left
		// out
		client.put("authenticationFlowBindingOverrides", Map.of("browser", flowId == null ? "" : flowId));
		send("PUT", "/clients/" + client.get("id"), client, 204);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object value) {
		return (Map<String, Object>) value;
	}

	private String send(String method, String path, Object body, int... expected) {
		try {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(this.baseUrl + "/admin/realms/haven" + path))
				.header("Authorization", "Bearer " + token());
			if (body == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			else {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (int status : expected) {
				if (response.statusCode() == status) {
					return response.body();
				}
			}
			throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + method + " " + path
					+ ": " + response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String token() throws IOException, InterruptedException {
		String form = "grant_type=password&client_id=admin-cli&username=admin&password="
				+ URLEncoder.encode(this.password, StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/realms/master/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The Keycloak administrator could not sign in: " + response.statusCode());
		}
		return (String) JSON.readValue(response.body(), Map.class).get("access_token");
	}

}
