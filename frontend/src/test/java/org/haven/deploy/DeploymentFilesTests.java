package org.haven.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production files in {@code deploy/}: valid against the published Compose and
 * Kubernetes schemas, free of secrets, supplying every setting that {@code prod} requires
 * on every path, and explained in the install guide. The systemd unit and the shell
 * scripts are checked by the tools that run here ({@code systemd-analyze},
 * {@code bash -n}, {@code shellcheck}); CI refuses to skip those checks
 * ({@code HAVEN_REQUIRE_DEPLOY_TOOLS=true}).
 */
class DeploymentFilesTests {

	static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();

	static final Path INSTALL_GUIDE = DEPLOY.resolveSibling("docs/admin/install.md");

	static final Path RESOURCES = Path.of("src/main/resources").toAbsolutePath();

	static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)[^}]*}");

	static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

	static final Pattern ENV_LINE = Pattern.compile("^([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);

	static final Pattern UNIT_ENVIRONMENT = Pattern.compile("^Environment=([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);

	static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|PASSPHRASE).*");

	static final Set<String> ONE_SHOT = Set.of("haven-home", "keys");

	@Test
	void the_compose_file_has_haven_postgresql_and_keycloak_with_health_checks() throws IOException {
		Map<String, Object> compose = compose();

		Map<String, Map<String, Object>> services = map(compose.get("services"));
		assertThat(services).containsOnlyKeys("haven", "postgres", "keycloak", "haven-home", "keys");
		services.forEach((name, service) -> {
			assertThat(service).as(name).containsKeys("image", "restart");
			if (!ONE_SHOT.contains(name)) {
				assertThat(service).as(name).containsKey("healthcheck");
			}
			assertThat((String) service.get("image")).as(name).contains(":").doesNotEndWith(":latest");
			List<?> ports = (List<?>) service.getOrDefault("ports", List.of());
			assertThat(ports).as(name + " publishes ports on the loopback interface only")
				.allSatisfy(port -> assertThat(port.toString()).startsWith("127.0.0.1:"));
		});
		assertThat(map(services.get("haven").get("depends_on"))).containsKeys("postgres", "keycloak", "haven-home");
		assertThat(map(services.get("haven").get("environment")).get("SPRING_PROFILES_ACTIVE"))
			.isEqualTo("prod,keycloak");
		assertThat(map(services.get("keys")).get("profiles")).isEqualTo(List.of("tools"));
	}

	@Test
	void the_compose_file_takes_every_secret_from_the_env_file_or_a_secret_file() throws IOException {
		Map<String, Map<String, Object>> services = map(compose().get("services"));
		services.forEach((name, service) -> {
			Map<String, Object> environment = map(service.getOrDefault("environment", Map.of()));
			environment.forEach((variable, value) -> {
				if (variable.endsWith("_FILE")) {
					assertThat(String.valueOf(value)).as(name + " " + variable).startsWith("/run/secrets/");
				}
				else if (SECRET_NAME.matcher(variable).matches()) {
					assertThat(String.valueOf(value)).as(name + " " + variable).matches("\\$\\{[A-Z0-9_]+:\\?.*}");
				}
			});
		});
		Set<String> used = variables(COMPOSE_VARIABLE, Files.readString(DEPLOY.resolve("compose/compose.yaml")));
		assertThat(envFileNames(DEPLOY.resolve("compose/env.example"))).as("variables in env.example")
			.containsAll(used);
		assertThat(Files.readString(DEPLOY.resolve("compose/env.example"))).as("env.example holds no secret")
			.doesNotContainPattern("(?m)^[A-Z_]*(PASSWORD|SECRET|PASSPHRASE)=.+$");
	}

	@Test
	void the_compose_file_is_valid_against_the_compose_specification_schema() throws IOException {
		assertThat(DeploymentSchemas.composeErrors(compose())).isEmpty();
	}

	@Test
	void every_kubernetes_manifest_is_valid_against_the_kubernetes_schemas() throws IOException {
		for (Map<String, Object> object : kubernetesObjects()) {
			assertThat(DeploymentSchemas.kubernetesErrors(object)).as(object.get("kind") + "/" + name(object))
				.isEmpty();
		}
	}

	@Test
	void the_schema_checks_refuse_a_broken_compose_file_and_a_broken_manifest() throws IOException {
		Map<String, Object> compose = compose();
		Map<String, Object> haven = map(map(compose.get("services")).get("haven"));
		haven.put("enviroment", haven.remove("environment"));
		assertThat(DeploymentSchemas.composeErrors(compose)).as("a misspelt key").isNotEmpty();
		Map<String, Object> typed = compose();
		map(map(typed.get("services")).get("postgres")).put("healthcheck", "pg_isready");
		assertThat(DeploymentSchemas.composeErrors(typed)).as("a string for an object").isNotEmpty();

		Map<String, Object> statefulSet = kind("StatefulSet").getFirst();
		map(statefulSet.get("spec")).put("replica", 2);
		assertThat(DeploymentSchemas.kubernetesErrors(statefulSet)).as("a misspelt field").isNotEmpty();
		Map<String, Object> service = kind("Service").getFirst();
		map(service.get("spec")).put("sessionAffinityConfig", List.of("ClientIP"));
		assertThat(DeploymentSchemas.kubernetesErrors(service)).as("a list for an object").isNotEmpty();
		Map<String, Object> unknown = new LinkedHashMap<>(kind("Service").getFirst());
		unknown.put("apiVersion", "v2");
		assertThat(DeploymentSchemas.kubernetesErrors(unknown)).as("an unknown API version").isNotEmpty();
	}

	@Test
	void every_variable_that_prod_requires_is_supplied_on_every_deploy_path_and_named_in_the_guide()
			throws IOException {
		Set<String> required = requiredByProd();
		assertThat(required).as("derived from application-prod.properties and application-keycloak.properties")
			.contains("HAVEN_DB_URL", "HAVEN_MASTER_PASSPHRASE|HAVEN_MASTER_PASSPHRASE_FILE", "HAVEN_KEYCLOAK_ISSUER",
					"HAVEN_DB_SEALER_PASSWORD");

		Map<String, Set<String>> paths = new LinkedHashMap<>();
		Map<String, Map<String, Object>> services = map(compose().get("services"));
		paths.put("compose", DeploymentFilesTests.<Object>map(services.get("haven").get("environment")).keySet());
		paths.put("kubernetes", environmentNames(kind("StatefulSet").getFirst()));
		Set<String> systemd = new TreeSet<>(envFileNames(DEPLOY.resolve("systemd/haven.env.example")));
		systemd.addAll(variables(UNIT_ENVIRONMENT, Files.readString(DEPLOY.resolve("systemd/haven.service"))));
		paths.put("systemd", systemd);
		String guide = Files.readString(INSTALL_GUIDE);

		for (String variable : required) {
			List<String> alternatives = List.of(variable.split("\\|"));
			paths.forEach((path, supplied) -> assertThat(alternatives).as(path + " supplies " + variable)
				.anyMatch(supplied::contains));
			assertThat(alternatives).as("the install guide names " + variable).allMatch(guide::contains);
		}
		paths.forEach((path, supplied) -> assertThat(supplied).as(path + " passes the passphrase as a file")
			.contains("HAVEN_MASTER_PASSPHRASE_FILE")
			.doesNotContain("HAVEN_MASTER_PASSPHRASE")
			.contains("HAVEN_TRUSTED_PROXIES"));
	}

	@Test
	void each_kubernetes_pod_has_its_own_persistent_home_and_the_shared_keys_read_only_from_a_secret()
			throws IOException {
		Map<String, Object> statefulSet = kind("StatefulSet").getFirst();
		Map<String, Object> spec = map(statefulSet.get("spec"));
		assertThat(name(statefulSet)).isEqualTo("haven");
		assertThat(list(spec.get("volumeClaimTemplates"))).extracting(claim -> name(DeploymentFilesTests.map(claim)))
			.containsExactly("home");
		Map<String, Object> container = containers(statefulSet).getFirst();
		List<Map<String, Object>> mounts = ((List<?>) container.get("volumeMounts")).stream()
			.map(DeploymentFilesTests::map)
			.toList();
		assertThat(mounts).anySatisfy(
				mount -> assertThat(mount).containsEntry("name", "home").containsEntry("mountPath", "/var/lib/haven"));
		assertThat(mounts).anySatisfy(mount -> assertThat(mount).containsEntry("name", "keys")
			.containsEntry("mountPath", "/var/lib/haven/keys")
			.containsEntry("readOnly", true));
		List<Map<String, Object>> volumes = ((List<?>) podSpec(statefulSet).get("volumes")).stream()
			.map(DeploymentFilesTests::map)
			.toList();
		assertThat(volumes).anySatisfy(volume -> {
			assertThat(volume).containsEntry("name", "keys");
			assertThat(map(volume.get("secret"))).containsEntry("secretName", "haven-keys");
		});
		assertThat(volumes)
			.noneSatisfy(volume -> assertThat(volume).containsKey("emptyDir").containsEntry("name", "home"));
		assertThat(kind("Deployment")).extracting(DeploymentFilesTests::name).doesNotContain("haven");
	}

	@Test
	void every_container_has_readiness_and_liveness_probes_on_a_port_it_declares() throws IOException {
		for (Map<String, Object> workload : workloads()) {
			for (Map<String, Object> container : containers(workload)) {
				Set<String> ports = new TreeSet<>();
				for (Object port : (List<?>) container.get("ports")) {
					ports.add(String.valueOf(map(port).get("name")));
					ports.add(String.valueOf(map(port).get("containerPort")));
				}
				for (String probe : List.of("readinessProbe", "livenessProbe")) {
					assertThat(container).as(name(workload) + " " + probe).containsKey(probe);
					Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
					assertThat(ports).as(name(workload) + " " + probe + " port")
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
		assertThat(workloads()).extracting(DeploymentFilesTests::name).doesNotContain("postgres");
	}

	@Test
	void network_policies_let_only_the_ingress_reach_haven_and_keycloak_and_only_them_reach_postgresql()
			throws IOException {
		Map<String, Map<String, Object>> policies = new LinkedHashMap<>();
		kind("NetworkPolicy").forEach(policy -> policies.put(name(policy), map(policy.get("spec"))));
		assertThat(policies).containsKeys("default-deny", "haven", "keycloak");
		assertThat(map(policies.get("default-deny").get("podSelector"))).isEmpty();
		assertThat(list(policies.get("default-deny").get("policyTypes"))).containsExactlyInAnyOrder("Ingress",
				"Egress");
		assertThat(policies.get("default-deny")).doesNotContainKeys("ingress", "egress");
		for (String app : List.of("haven", "keycloak")) {
			Map<String, Object> spec = policies.get(app);
			assertThat(map(map(spec.get("podSelector")).get("matchLabels"))).containsEntry("app.kubernetes.io/name",
					app);
			List<?> from = (List<?>) map(((List<?>) spec.get("ingress")).getFirst()).get("from");
			assertThat(from).as(app + " is reached by").singleElement().satisfies(peer -> {
				assertThat(map(map(map(peer).get("namespaceSelector")).get("matchLabels")))
					.containsEntry("kubernetes.io/metadata.name", "ingress-nginx");
				assertThat(map(peer)).containsKey("podSelector");
			});
			assertThat(toPort(spec, 5432)).as(app + " reaches PostgreSQL").isTrue();
		}
		Set<String> reachingPostgres = new TreeSet<>();
		policies.forEach((name, spec) -> {
			if (toPort(spec, 5432)) {
				reachingPostgres.add(name);
			}
		});
		assertThat(reachingPostgres).containsExactlyInAnyOrder("haven", "keycloak");
	}

	@Test
	void keycloaks_admin_console_is_not_exposed_and_it_trusts_forwarded_headers_from_the_proxy_only()
			throws IOException {
		Map<String, Object> ingress = kind("Ingress").getFirst();
		for (Object rule : (List<?>) map(ingress.get("spec")).get("rules")) {
			List<String> paths = ((List<?>) map(map(rule).get("http")).get("paths")).stream()
				.map(path -> String.valueOf(map(path).get("path")))
				.toList();
			if ("sso.example.org".equals(map(rule).get("host"))) {
				assertThat(paths).containsExactlyInAnyOrder("/realms/", "/resources/");
			}
		}
		Map<String, String> composeKeycloak = map(
				map(map(compose().get("services")).get("keycloak")).get("environment"));
		Set<String> k8sKeycloak = environmentNames(
				kind("Deployment").stream().filter(d -> name(d).equals("keycloak")).findFirst().orElseThrow());
		assertThat(composeKeycloak).containsKeys("KC_PROXY_HEADERS", "KC_PROXY_TRUSTED_ADDRESSES", "KC_HOSTNAME_ADMIN");
		assertThat(k8sKeycloak).contains("KC_PROXY_HEADERS", "KC_PROXY_TRUSTED_ADDRESSES", "KC_HOSTNAME_ADMIN");
		assertThat(composeKeycloak.get("KC_PROXY_TRUSTED_ADDRESSES")).isEqualTo(
				map(map(map(compose().get("services")).get("haven")).get("environment")).get("HAVEN_TRUSTED_PROXIES"));
	}

	@Test
	void keycloaks_bootstrap_administrator_is_in_no_running_service_once_it_has_been_used() throws IOException {
		assertThat(Files.readString(DEPLOY.resolve("compose/compose.yaml"))).doesNotContain("KC_BOOTSTRAP_ADMIN");
		Map<String, Object> keycloak = kind("Deployment").stream()
			.filter(deployment -> name(deployment).equals("keycloak"))
			.findFirst()
			.orElseThrow();
		for (Object entry : (List<?>) containers(keycloak).getFirst().get("env")) {
			Map<String, Object> variable = map(entry);
			if (String.valueOf(variable.get("name")).startsWith("KC_BOOTSTRAP_ADMIN")) {
				Map<String, Object> reference = map(map(variable.get("valueFrom")).get("secretKeyRef"));
				assertThat(reference)
					.as("a Secret of its own, that the guide deletes; optional, so Keycloak " + "starts without it")
					.containsEntry("name", "keycloak-bootstrap-admin")
					.containsEntry("optional", true);
			}
		}
		String guide = Files.readString(INSTALL_GUIDE);
		assertThat(guide).contains("kubectl -n haven delete secret keycloak-bootstrap-admin",
				"docker compose run --rm keycloak bootstrap-admin user");
	}

	@Test
	void kubernetes_secrets_come_from_secret_objects_never_from_the_manifests() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Map<String, Object> workload : workloads()) {
			for (Map<String, Object> container : containers(workload)) {
				for (Object entry : (List<?>) container.get("env")) {
					Map<String, Object> variable = map(entry);
					String name = (String) variable.get("name");
					if (SECRET_NAME.matcher(name).matches() && !name.endsWith("_FILE")) {
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
				"LimitCORE=0", "UMask=0077", "LoadCredential=master-passphrase:/etc/haven/master-passphrase",
				"Environment=HAVEN_MASTER_PASSPHRASE_FILE=%d/master-passphrase", "ReadOnlyPaths=/var/lib/haven/keys");
		assertThat(unit).doesNotContainPattern("(?i)(password|secret)=");
	}

	@Test
	void systemd_accepts_the_unit(@TempDir Path directory) throws Exception {
		assumeTool("systemd-analyze");
		String java = ProcessHandle.current().info().command().orElseThrow();
		// the unit names the JDK path of the install guide; here the running one stands
		// in
		String unit = Files.readString(DEPLOY.resolve("systemd/haven.service"))
			.replaceFirst("ExecStart=\\S+", "ExecStart=" + java);
		Path copy = Files.writeString(directory.resolve("haven.service"), unit);
		Result verified = run(List.of("systemd-analyze", "verify", copy.toString()));
		assertThat(verified.exit()).as(verified.output()).isZero();
		assertThat(verified.output()).as("systemd's warnings").doesNotContain("haven.service");

		Path broken = Files.writeString(directory.resolve("broken.service"),
				unit.replace("NoNewPrivileges=true", "NoNewPrivileges=perhaps"));
		assertThat(run(List.of("systemd-analyze", "verify", broken.toString())).output())
			.as("the check notices a broken unit")
			.contains("broken.service");
	}

	@Test
	void the_shell_scripts_parse_and_pass_shellcheck() throws Exception {
		List<Path> scripts = new ArrayList<>();
		try (var files = Files.walk(DEPLOY)) {
			files.filter(file -> file.toString().endsWith(".sh")).sorted().forEach(scripts::add);
		}
		assertThat(scripts).isNotEmpty();
		for (Path script : scripts) {
			Result parsed = run(List.of("bash", "-n", script.toString()));
			assertThat(parsed.exit()).as(script + ": " + parsed.output()).isZero();
		}
		assumeTool("shellcheck");
		List<String> command = new ArrayList<>(List.of("shellcheck", "--severity=warning"));
		scripts.forEach(script -> command.add(script.toString()));
		Result checked = run(command);
		assertThat(checked.exit()).as(checked.output()).isZero();
	}

	@Test
	void the_compose_volume_is_given_to_havens_user_before_haven_starts(@TempDir Path directory) throws Exception {
		Path home = directory.resolve("volume");
		Files.createDirectories(home.resolve("keys"));
		boolean root = "0".equals(run(List.of("id", "-u")).output().strip());
		// as root, as compose runs it, the owner becomes 10001; elsewhere the test's own
		// user stands in
		String uid = root ? "10001" : run(List.of("id", "-u")).output().strip();
		String gid = root ? "10001" : run(List.of("id", "-g")).output().strip();

		Result initialised = run(
				List.of("bash", DEPLOY.resolve("compose/haven-home-init.sh").toString(), home.toString(), uid, gid));

		assertThat(initialised.exit()).as(initialised.output()).isZero();
		assertThat(Files.getAttribute(home, "unix:uid")).isEqualTo(Integer.parseInt(uid));
		assertThat(Files.getAttribute(home, "unix:gid")).isEqualTo(Integer.parseInt(gid));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
		Map<String, Object> init = map(map(compose().get("services")).get("haven-home"));
		assertThat(list(init.get("command"))).contains("/var/lib/haven", "10001");
		assertThat(map(map(compose().get("services")).get("haven")).get("user")).isEqualTo("10001:10001");
	}

	@Test
	void the_install_guide_names_every_variable_the_deployment_files_use() throws IOException {
		String guide = Files.readString(INSTALL_GUIDE);
		Set<String> variables = new TreeSet<>();
		variables.addAll(variables(COMPOSE_VARIABLE, Files.readString(DEPLOY.resolve("compose/compose.yaml"))));
		variables.addAll(envFileNames(DEPLOY.resolve("compose/env.example")));
		variables.addAll(envFileNames(DEPLOY.resolve("k8s/secrets.env.example")));
		variables.addAll(envFileNames(DEPLOY.resolve("systemd/haven.env.example")));
		for (Map<String, Object> workload : workloads()) {
			variables.addAll(environmentNames(workload));
		}
		map(compose().get("services")).values()
			.forEach(service -> variables.addAll(map(map(service).getOrDefault("environment", Map.of())).keySet()));
		variables.addAll(variables(COMPOSE_VARIABLE, Files.readString(DEPLOY.resolve("keycloak/haven-realm.json"))));
		variables.removeAll(Set.of("POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_INITDB_ARGS"));

		assertThat(variables).isNotEmpty()
			.allSatisfy(variable -> assertThat(guide).as("install.md names " + variable).contains(variable));
	}

	/**
	 * What {@code prod} cannot start without: each placeholder without a default in
	 * application-prod.properties and application-keycloak.properties (every path uses
	 * Keycloak), and {@code X|X_FILE} where either of a pair with empty defaults will do.
	 */
	static Set<String> requiredByProd() throws IOException {
		Set<String> required = new TreeSet<>();
		Set<String> optional = new TreeSet<>();
		for (String file : List.of("application-prod.properties", "application-keycloak.properties")) {
			Matcher matcher = PLACEHOLDER.matcher(Files.readString(RESOURCES.resolve(file), StandardCharsets.UTF_8));
			while (matcher.find()) {
				(matcher.group(2) == null ? required : optional).add(matcher.group(1));
			}
		}
		for (String name : optional) {
			if (optional.contains(name + "_FILE")) {
				required.add(name + "|" + name + "_FILE");
			}
		}
		return required;
	}

	private static boolean toPort(Map<String, Object> policy, int port) {
		for (Object rule : (List<?>) policy.getOrDefault("egress", List.of())) {
			for (Object entry : (List<?>) map(rule).getOrDefault("ports", List.of())) {
				if (Integer.valueOf(port).equals(map(entry).get("port"))) {
					return true;
				}
			}
		}
		return false;
	}

	private static Map<String, Object> compose() throws IOException {
		return yaml(DEPLOY.resolve("compose/compose.yaml")).getFirst();
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
		Map<String, Object> kustomization = yaml(DEPLOY.resolve("k8s/kustomization.yaml")).getFirst();
		try (var files = Files.list(DEPLOY.resolve("k8s"))) {
			assertThat(list(kustomization.get("resources"))).as("kustomization.yaml lists every manifest")
				.containsExactlyInAnyOrderElementsOf(files.map(path -> (Object) path.getFileName().toString())
					.filter(name -> name.toString().endsWith(".yaml") && !name.equals("kustomization.yaml"))
					.toList());
		}
		return objects;
	}

	private static List<Map<String, Object>> kind(String kind) throws IOException {
		return kubernetesObjects().stream().filter(object -> kind.equals(object.get("kind"))).toList();
	}

	private static List<Map<String, Object>> workloads() throws IOException {
		return kubernetesObjects().stream()
			.filter(object -> Set.of("Deployment", "StatefulSet").contains(object.get("kind")))
			.toList();
	}

	private static Map<String, Object> podSpec(Map<String, Object> workload) {
		return map(map(map(workload.get("spec")).get("template")).get("spec"));
	}

	private static List<Map<String, Object>> containers(Map<String, Object> workload) {
		return ((List<?>) podSpec(workload).get("containers")).stream().map(DeploymentFilesTests::map).toList();
	}

	private static Set<String> environmentNames(Map<String, Object> workload) {
		Set<String> names = new TreeSet<>();
		for (Map<String, Object> container : containers(workload)) {
			for (Object entry : (List<?>) container.get("env")) {
				names.add((String) map(entry).get("name"));
			}
		}
		return names;
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
	private static List<Object> list(Object value) {
		return (List<Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static <T> Map<String, T> map(Object value) {
		return (Map<String, T>) value;
	}

	/** Skipped with a message where the tool is missing, unless CI requires it. */
	private static void assumeTool(String tool) throws Exception {
		boolean present = run(List.of("sh", "-c", "command -v " + tool)).exit() == 0;
		if (!present && "true".equals(System.getenv("HAVEN_REQUIRE_DEPLOY_TOOLS"))) {
			throw new AssertionError(tool + " is required here (HAVEN_REQUIRE_DEPLOY_TOOLS=true) but not installed");
		}
		if (!present) {
			System.err.println("SKIPPED: " + tool + " is not installed here");
		}
		assumeTrue(present, tool + " is not installed");
	}

	private static Result run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return new Result(-1, output);
		}
		return new Result(process.exitValue(), output);
	}

	record Result(int exit, String output) {
	}

}
