package org.haven;

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
	void the_module_documentation_is_written_into_docs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
