package org.haven.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production files in {@code deploy/}: valid, free of secrets, and every setting they
 * use explained in the install guide. Docker's own check runs too where its compose
 * plugin is installed.
 */
class DeploymentFilesTests {

	static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();

	static final Path INSTALL_GUIDE = DEPLOY.resolveSibling("docs/admin/install.md");

	static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)[^}]*}");

	static final Pattern ENV_LINE = Pattern.compile("^([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);

	static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET).*");

	@Test
	void the_compose_file_has_haven_postgresql_and_keycloak_with_health_checks() throws IOException {
		Map<String, Object> compose = yaml(DEPLOY.resolve("compose/compose.yaml")).getFirst();

		Map<String, Map<String, Object>> services = map(compose.get("services"));
		assertThat(services).containsOnlyKeys("haven", "postgres", "keycloak");
		services.forEach((name, service) -> {
			assertThat(service).as(name).containsKeys("image", "healthcheck", "restart");
			assertThat((String) service.get("image")).as(name).contains(":").doesNotEndWith(":latest");
			List<?> ports = (List<?>) service.getOrDefault("ports", List.of());
			assertThat(ports).as(name + " publishes ports on the loopback interface only")
				.allSatisfy(port -> assertThat(port.toString()).startsWith("127.0.0.1:"));
		});
		assertThat(map(services.get("haven").get("depends_on"))).containsKeys("postgres", "keycloak");
		assertThat(map(services.get("haven").get("environment")).get("SPRING_PROFILES_ACTIVE"))
			.isEqualTo("prod,keycloak");
	}

	@Test
	void the_compose_file_takes_every_secret_from_the_env_file() throws IOException {
		Map<String, Map<String, Object>> services = map(
				yaml(DEPLOY.resolve("compose/compose.yaml")).getFirst().get("services"));
		services.forEach((name, service) -> {
			Map<String, Object> environment = map(service.getOrDefault("environment", Map.of()));
			environment.forEach((variable, value) -> {
				if (SECRET_NAME.matcher(variable).matches()) {
					assertThat(String.valueOf(value)).as(name + " " + variable).matches("\\$\\{[A-Z0-9_]+:\\?.*}");
				}
			});
		});
		Set<String> used = variables(COMPOSE_VARIABLE, Files.readString(DEPLOY.resolve("compose/compose.yaml")));
		assertThat(envFileNames(DEPLOY.resolve("compose/env.example"))).as("variables in env.example")
			.containsAll(used);
		assertThat(Files.readString(DEPLOY.resolve("compose/env.example"))).as("env.example holds no secret")
			.doesNotContainPattern("(?m)^[A-Z_]*(PASSWORD|SECRET)=.+$");
	}

	@Test
	void docker_accepts_the_compose_file_where_its_compose_plugin_is_installed() throws Exception {
		boolean plugin = commandSucceeds(List.of("docker", "compose", "version"));
		if (!plugin) {
			System.err.println("SKIPPED docker compose config: the docker compose plugin is not installed here; "
					+ "the compose file was checked against its structure only");
		}
		assumeTrue(plugin, "the docker compose plugin is not installed");
		assertThat(commandSucceeds(List.of("docker", "compose", "-f", DEPLOY.resolve("compose/compose.yaml").toString(),
				"--env-file", DEPLOY.resolve("compose/env.example").toString(), "config", "--quiet")))
			.isTrue();
	}

	@Test
	void every_kubernetes_object_names_its_kind_version_and_name() throws IOException {
		for (Map<String, Object> object : kubernetesObjects()) {
			assertThat(object).containsKeys("apiVersion", "kind", "metadata");
			assertThat(map(object.get("metadata"))).containsKey("name");
			assertThat(object.get("apiVersion")).as((String) object.get("kind"))
				.isIn("v1", "apps/v1", "networking.k8s.io/v1");
		}
		assertThat(kubernetesObjects()).extracting(object -> object.get("kind") + "/" + name(object))
			.contains("Deployment/haven", "Service/haven", "Ingress/haven", "Deployment/keycloak", "Service/keycloak",
					"Service/postgres", "Namespace/haven");
		Map<String, Object> kustomization = yaml(DEPLOY.resolve("k8s/kustomization.yaml")).getFirst();
		for (Object resource : (List<?>) kustomization.get("resources")) {
			assertThat(DEPLOY.resolve("k8s").resolve(resource.toString())).exists();
		}
	}

	@Test
	void every_container_has_readiness_and_liveness_probes_on_a_port_it_declares() throws IOException {
		for (Map<String, Object> deployment : kind("Deployment")) {
			for (Map<String, Object> container : containers(deployment)) {
				Set<String> ports = new TreeSet<>();
				for (Object port : (List<?>) container.get("ports")) {
					ports.add(String.valueOf(map(port).get("name")));
					ports.add(String.valueOf(map(port).get("containerPort")));
				}
				for (String probe : List.of("readinessProbe", "livenessProbe")) {
					assertThat(container).as(name(deployment) + " " + probe).containsKey(probe);
					Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
					assertThat(ports).as(name(deployment) + " " + probe + " port")
						.contains(String.valueOf(httpGet.get("port")));
				}
			}
		}
	}

	@Test
	void haven_is_reached_with_sticky_sessions_and_postgresql_is_an_external_service() throws IOException {
		Map<String, Object> havenService = kind("Service").stream()
			.filter(service -> name(service).equals("haven"))
			.findFirst()
			.orElseThrow();
		assertThat(map(havenService.get("spec")).get("sessionAffinity")).isEqualTo("ClientIP");
		Map<String, Object> ingress = kind("Ingress").getFirst();
		assertThat(map(map(ingress.get("metadata")).get("annotations")))
			.containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
		Map<String, Object> postgres = kind("Service").stream()
			.filter(service -> name(service).equals("postgres"))
			.findFirst()
			.orElseThrow();
		assertThat(map(postgres.get("spec")).get("type")).isEqualTo("ExternalName");
		assertThat(kind("Deployment")).extracting(DeploymentFilesTests::name).doesNotContain("postgres");
	}

	@Test
	void kubernetes_secrets_come_from_secret_objects_never_from_the_manifests() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Map<String, Object> deployment : kind("Deployment")) {
			for (Map<String, Object> container : containers(deployment)) {
				for (Object entry : (List<?>) container.get("env")) {
					Map<String, Object> variable = map(entry);
					String name = (String) variable.get("name");
					if (SECRET_NAME.matcher(name).matches()) {
						assertThat(variable).as(name).doesNotContainKey("value").containsKey("valueFrom");
					}
					if (variable.get("valueFrom") != null) {
						keys.add((String) map(map(variable.get("valueFrom")).get("secretKeyRef")).get("key"));
					}
				}
			}
		}
		assertThat(envFileNames(DEPLOY.resolve("k8s/secrets.env.example"))).containsAll(keys);
	}

	@Test
	void the_systemd_unit_runs_haven_confined_with_its_settings_from_a_private_file() throws IOException {
		String unit = Files.readString(DEPLOY.resolve("systemd/haven.service"));

		assertThat(unit).contains("User=haven", "EnvironmentFile=/etc/haven/haven.env", "NoNewPrivileges=true",
				"ProtectSystem=strict", "ProtectHome=true", "PrivateTmp=true", "CapabilityBoundingSet=\n",
				"LimitCORE=0", "UMask=0077");
		assertThat(unit).doesNotContainPattern("(?i)(password|secret)=");
	}

	@Test
	void the_install_guide_names_every_variable_the_deployment_files_use() throws IOException {
		String guide = Files.readString(INSTALL_GUIDE);
		Set<String> variables = new TreeSet<>();
		variables.addAll(variables(COMPOSE_VARIABLE, Files.readString(DEPLOY.resolve("compose/compose.yaml"))));
		variables.addAll(envFileNames(DEPLOY.resolve("compose/env.example")));
		variables.addAll(envFileNames(DEPLOY.resolve("k8s/secrets.env.example")));
		variables.addAll(envFileNames(DEPLOY.resolve("systemd/haven.env.example")));
		for (Map<String, Object> deployment : kind("Deployment")) {
			for (Map<String, Object> container : containers(deployment)) {
				for (Object entry : (List<?>) container.get("env")) {
					variables.add((String) map(entry).get("name"));
				}
			}
		}
		variables.addAll(variables(COMPOSE_VARIABLE, Files.readString(DEPLOY.resolve("keycloak/haven-realm.json"))));

		assertThat(variables).isNotEmpty()
			.allSatisfy(variable -> assertThat(guide).as("install.md names " + variable).contains(variable));
	}

	private static List<Map<String, Object>> kubernetesObjects() throws IOException {
		List<Map<String, Object>> objects = new ArrayList<>();
		try (var files = Files.list(DEPLOY.resolve("k8s"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yaml"))
				.filter(path -> !path.getFileName().toString().equals("kustomization.yaml"))
				.sorted()
				.toList()) {
				objects.addAll(yaml(file));
			}
		}
		return objects;
	}

	private static List<Map<String, Object>> kind(String kind) throws IOException {
		return kubernetesObjects().stream().filter(object -> kind.equals(object.get("kind"))).toList();
	}

	private static List<Map<String, Object>> containers(Map<String, Object> deployment) {
		Map<String, Object> podSpec = map(map(map(deployment.get("spec")).get("template")).get("spec"));
		return ((List<?>) podSpec.get("containers")).stream().map(DeploymentFilesTests::map).toList();
	}

	private static String name(Map<String, Object> object) {
		return (String) map(object.get("metadata")).get("name");
	}

	private static List<Map<String, Object>> yaml(Path file) throws IOException {
		Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : parser.loadAll(Files.readString(file))) {
			if (document != null) {
				documents.add(map(document));
			}
		}
		assertThat(documents).as(file + " has content").isNotEmpty();
		return documents;
	}

	private static Set<String> variables(Pattern pattern, String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static Set<String> envFileNames(Path file) throws IOException {
		return variables(ENV_LINE, Files.readString(file));
	}

	@SuppressWarnings("unchecked")
	private static <T> Map<String, T> map(Object value) {
		return (Map<String, T>) value;
	}

	private static boolean commandSucceeds(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return false;
		}
		return process.exitValue() == 0;
	}

}
