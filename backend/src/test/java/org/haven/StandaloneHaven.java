package org.haven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the backend in its own application context on a Haven home of the test's, with
 * the embedded database kept there: for tests about what survives a restart.
 */
public final class StandaloneHaven {

	private StandaloneHaven() {
	}

	public static ConfigurableApplicationContext start(Path havenHome, String... arguments) {
		List<String> all = new ArrayList<>(
				List.of("--haven.home=" + havenHome, "--haven.db.url=", "--haven.db.ephemeral=false"));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(BackendTestApplication.class).run(all.toArray(String[]::new));
	}

}
