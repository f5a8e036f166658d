package org.haven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the backend in its own application context on a Haven home of the test's, with
 * the embedded database kept there unless the arguments name another: for tests about
 * what survives a restart, and for several nodes on one database.
 */
public final class StandaloneHaven {

	private StandaloneHaven() {
	}

	public static ConfigurableApplicationContext start(Path havenHome, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--haven.home=" + havenHome));
		for (String fallback : List.of("--haven.db.url=", "--haven.db.ephemeral=false")) {
			String name = fallback.substring(0, fallback.indexOf('=') + 1);
			if (Arrays.stream(arguments).noneMatch(argument -> argument.startsWith(name))) {
				all.add(fallback);
			}
		}
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(BackendTestApplication.class).run(all.toArray(String[]::new));
	}

}
