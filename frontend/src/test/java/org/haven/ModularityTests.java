package org.haven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature is a module with a small public API; a module may use another only through
 * that API and never in a cycle. Also writes the module documentation into
 * {@code docs/modules}.
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
	void the_module_documentation_is_written_into_docs() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortRelations();
	}

	static final Path DOCS = Path.of("../docs/modules");

	/**
	 * The documenter lists relations in no fixed order; sorted, the files change only
	 * when the modules do.
	 */
	private static void sortRelations() throws IOException {
		try (Stream<Path> files = Files.list(DOCS)) {
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
