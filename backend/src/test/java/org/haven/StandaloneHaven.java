package org.haven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.haven.crypto.KeysCommand;
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

	/**
	 * Starts a node outside demo mode, as production runs, on key files made once with
	 * {@code keys init} as an administrator makes them, if the home has none yet. The
	 * passphrase comes from the arguments ({@code --haven.master-passphrase=...} or
	 * {@code --haven.demo-passphrase=true}).
	 */
	public static ConfigurableApplicationContext startOutsideDemoMode(Path havenHome, String... arguments) {
		if (!Files.isDirectory(havenHome.resolve("keys"))) {
			List<String> init = new ArrayList<>(List.of("init", "--haven.home=" + havenHome));
			Arrays.stream(arguments)
				.filter(argument -> argument.startsWith("--haven.master-passphrase")
						|| argument.startsWith("--haven.demo-passphrase"))
				.forEach(init::add);
			int exit = KeysCommand.run(init.toArray(String[]::new), System.out, System.err);
			if (exit != 0) {
				throw new IllegalStateException("keys init exited with " + exit);
			}
		}
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--haven.demo=false");
		return start(havenHome, all.toArray(String[]::new));
	}

}
