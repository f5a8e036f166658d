package org.haven.audit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * {@code java -jar haven.jar verify-audit [checkpoint-file] [--haven.* settings]}: checks
 * the audit trail without the user interface, from the newest checkpoint of a file kept
 * outside Haven, or else from the start against the signed checkpoints of the database
 * and of this node's witness. Starts the backend modules only, without the web layer and
 * without the sealer. Prints progress and the verdict; exits 0 when intact, 1 when
 * broken, 2 when the check could not run.
 */
public final class AuditCommand {

	public static final int INTACT = 0;

	public static final int BROKEN = 1;

	public static final int COULD_NOT_RUN = 2;

	private AuditCommand() {
	}

	public static int verify(String[] arguments, PrintStream out, PrintStream err) {
		Path checkpointFile = null;
		List<String> settings = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=warn",
				"--haven.demo=false", "--haven.audit.sealer.scheduled=false"));
		List<String> userInterface = userInterfaceAutoConfigurations();
		if (!userInterface.isEmpty()) {
			settings.add("--spring.autoconfigure.exclude=" + String.join(",", userInterface));
		}
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
					return COULD_NOT_RUN;
				}
				trusted = CheckpointFile.read(checkpointFile);
			}
			try (ConfigurableApplicationContext haven = new SpringApplicationBuilder(Backend.class)
				.web(WebApplicationType.NONE)
				.run(settings.toArray(String[]::new))) {
				AuditIntegrity integrity = haven.getBean(AuditIntegrity.class);
				if (trusted != null) {
					out.printf("Checking from the newest checkpoint of %s, with its public key.%n", checkpointFile);
				}
				else if (integrity.witness().isPresent()) {
					out.println("Checking from the start, against the checkpoints signed in the database and in this "
							+ "node's witness.");
				}
				else {
					out.println("No checkpoint file and no witness on this node: checking from the start, against the "
							+ "checkpoints signed in the database only.");
				}
				VerificationReport report = integrity.verify(trusted,
						position -> err.printf("checked up to chain position %d%n", position));
				return print(report, out);
			}
		}
		catch (Exception ex) {
			err.println("The check could not run: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return COULD_NOT_RUN;
		}
	}

	/**
	 * The auto-configurations of the user interface library on the class path (Vaadin's
	 * assume a web application context, which the command has not).
	 */
	private static List<String> userInterfaceAutoConfigurations() {
		List<String> found = new ArrayList<>();
		ImportCandidates.load(AutoConfiguration.class, AuditCommand.class.getClassLoader()).forEach(candidate -> {
			if (candidate.startsWith("com.vaadin.")) {
				found.add(candidate);
			}
		});
		return found;
	}

	private static int print(VerificationReport report, PrintStream out) {
		if (report.removedByRetention() != null) {
			VerificationReport.Removal removed = report.removedByRetention();
			out.printf(
					"Chain positions %d to %d (%d events) were removed by retention, most recently on %s, as "
							+ "signed records show; they cannot be checked.%n",
					removed.firstPosition(), removed.lastPosition(), removed.events(), removed.lastAppliedAt());
		}
		if (!report.intact()) {
			out.printf("The audit trail is BROKEN at chain position %d%s: %s.%n", report.firstBrokenPosition(),
					report.brokenEventSeq() < 0 ? "" : " (event " + report.brokenEventSeq() + ")", report.problem());
			return BROKEN;
		}
		out.printf("The audit trail is intact: %d events and %d signed checkpoints checked, up to chain position %d.%n",
				report.eventsChecked(), report.checkpointsChecked(), report.lastPosition());
		if (report.notYetSealed() > 0) {
			out.printf("%d events are not in the chain yet (the sealer links them within seconds while Haven runs).%n",
					report.notYetSealed());
		}
		return INTACT;
	}

	/**
	 * The backend modules alone: every component, entity and repository of Haven but the
	 * user interface ({@code org.haven.*.ui}) and the applications in the root package.
	 */
	@EnableAutoConfiguration
	@AutoConfigurationPackage(basePackages = "org.haven")
	@ComponentScan(basePackages = "org.haven",
			excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
					@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
					@ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.haven\\.(.+\\.)?ui\\..*"),
					@ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.haven\\.[^.]+") })
	static final class Backend {

	}

}
