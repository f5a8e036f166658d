package org.haven.audit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar haven.jar verify-audit [checkpoint-file] [--haven.* settings]}: checks
 * the audit trail without the user interface, from its start or from the newest
 * checkpoint of a file kept outside Haven. Prints progress and the verdict; exits 0 when
 * intact, 1 when broken, 2 when the check could not run.
 */
public final class AuditCommand {

	private AuditCommand() {
	}

	public static int verify(Class<?> application, String[] arguments, PrintStream out, PrintStream err) {
		Path checkpointFile = null;
		List<String> settings = new ArrayList<>(
				List.of("--spring.main.banner-mode=off", "--logging.level.root=warn", "--haven.demo=false"));
		for (String argument : arguments) {
			if (argument.startsWith("--")) {
				settings.add(argument);
			}
			else {
				checkpointFile = Path.of(argument);
			}
		}
		try {
			CheckpointFile trusted = null;
			if (checkpointFile != null) {
				if (!Files.isReadable(checkpointFile)) {
					err.println("Cannot read the checkpoint file " + checkpointFile);
					return 2;
				}
				trusted = CheckpointFile.read(checkpointFile);
			}
			try (ConfigurableApplicationContext haven = new SpringApplicationBuilder(application)
				.web(WebApplicationType.NONE)
				.run(settings.toArray(String[]::new))) {
				AuditIntegrity integrity = haven.getBean(AuditIntegrity.class);
				VerificationReport report = integrity.verify(trusted,
						seq -> err.printf("checked up to event %d%n", seq));
				if (report.intact()) {
					out.printf(
							"The audit trail is intact: %d events and %d signed checkpoints checked, up to event %d.%n",
							report.eventsChecked(), report.checkpointsChecked(), report.lastSeq());
					return 0;
				}
				out.printf("The audit trail is BROKEN at event %d: %s.%n", report.firstBrokenSeq(), report.problem());
				return 1;
			}
		}
		catch (Exception ex) {
			err.println("The check could not run: " + ex.getClass().getSimpleName());
			return 2;
		}
	}

}
