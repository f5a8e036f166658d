package org.haven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature is a module with a small public API; a module may use another only through
 * that API and never in a cycle. The module documentation in {@code docs/modules} must
 * match the code: the test writes it afresh under {@code target/} and fails, naming each
 * file, where the committed one differs. To regenerate it after changing modules:
 * {@code ./mvnw -pl frontend -am verify -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false -Dhaven.write-docs=true}.
 */
class ModularityTests {

	/**
	 * The backend's test fixtures arrive as a jar, which ArchUnit would otherwise take
	 * for production code.
	 */
	static final DescribedPredicate<JavaClass> TEST_FIXTURES = DescribedPredicate.describe("test fixtures",
			javaClass -> javaClass.getSource()
				.map(source -> source.getUri().toString())
				.filter(uri -> uri.contains("-tests.jar") || uri.contains("/test-classes/"))
				.isPresent());

	static final ApplicationModules MODULES = ApplicationModules.of(HavenApplication.class, TEST_FIXTURES);

	@Test
	void modules_use_each_other_only_through_their_public_api_and_without_cycles() {
		MODULES.verify();
	}

	@Test
	void the_module_documentation_in_docs_matches_the_code() throws IOException {
		Path generated = Path.of("target/module-docs");
		write(generated);
		if (Boolean.getBoolean("haven.write-docs")) {
			replace(DOCS, generated);
			return;
		}
		assertThat(differences(generated, DOCS)).as("docs/modules is stale; regenerate it with ./mvnw -pl frontend "
				+ "-am verify -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false -Dhaven.write-docs=true")
			.isEmpty();
	}

	@Test
	void stale_module_documentation_is_found_file_by_file(@TempDir Path fresh, @TempDir Path committed)
			throws IOException {
		Files.writeString(fresh.resolve("module-crypto.puml"), "Rel(a, b)\n");
		Files.writeString(fresh.resolve("module-new.adoc"), "new");
		Files.writeString(committed.resolve("module-crypto.puml"), "Rel(a, c)\n");
		Files.writeString(committed.resolve("module-gone.adoc"), "gone");

		assertThat(differences(fresh, committed)).containsExactly("module-crypto.puml differs",
				"module-gone.adoc is no module's any more", "module-new.adoc is missing");
		assertThat(differences(fresh, fresh)).isEmpty();
	}

	static final Path DOCS = Path.of("../docs/modules");

	private static void write(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortRelations(folder);
	}

	/** What differs between the files of two folders, by file name. */
	static List<String> differences(Path fresh, Path committed) throws IOException {
		Map<String, String> expected = contents(fresh);
		Map<String, String> actual = contents(committed);
		List<String> differences = new ArrayList<>();
		for (String name : new TreeSet<>(
				Stream.concat(expected.keySet().stream(), actual.keySet().stream()).toList())) {
			if (!actual.containsKey(name)) {
				differences.add(name + " is missing");
			}
			else if (!expected.containsKey(name)) {
				differences.add(name + " is no module's any more");
			}
			else if (!expected.get(name).equals(actual.get(name))) {
				differences.add(name + " differs");
			}
		}
		return differences;
	}

	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return contents;
	}

	private static void replace(Path target, Path source) throws IOException {
		Map<String, String> fresh = contents(source);
		for (String stale : contents(target).keySet()) {
			if (!fresh.containsKey(stale)) {
				Files.delete(target.resolve(stale));
			}
		}
		for (Map.Entry<String, String> file : fresh.entrySet()) {
			Files.writeString(target.resolve(file.getKey()), file.getValue());
		}
	}

	/**
	 * The documenter lists relations in no fixed order; sorted, the files change only
	 * when the modules do.
	 */
	private static void sortRelations(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
				int first = lines
					.indexOf(lines.stream().filter(line -> line.startsWith("Rel(")).findFirst().orElse(""));
				if (first >= 0 && !relations.isEmpty()) {
					List<String> sorted = new ArrayList<>(
							lines.stream().filter(line -> !line.startsWith("Rel(")).toList());
					sorted.addAll(first, relations);
					Files.write(file, sorted);
				}
			}
		}
	}

}
