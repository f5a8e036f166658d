package org.haven.faults;

import java.nio.file.Path;
import java.util.Arrays;

import org.haven.StandaloneHaven;
import org.haven.casefile.CaseCode;
import org.haven.shared.DatabaseUnreachable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child process of {@link CrashSafetyTests}: a Haven node that takes intakes
 * {@code from} to {@code to} in, one after another, and acknowledges each on standard
 * output with its number and case code only after the submission returned, as the screen
 * acknowledges it to the caseworker. It prints no identity data. A submission that fails
 * (the database gone) is retried from the start until it succeeds.
 *
 * <pre>
 * SubmittingNode HAVEN_HOME STEM FROM TO HAVEN_ARGUMENTS...
 * </pre>
 */
final class SubmittingNode {

	static final String READY = "HAVEN-FAULTS READY";

	static final String ACKNOWLEDGED = "HAVEN-FAULTS ACK ";

	static final String DONE = "HAVEN-FAULTS DONE";

	private SubmittingNode() {
	}

	public static void main(String[] arguments) throws InterruptedException {
		Path home = Path.of(arguments[0]);
		String stem = arguments[1];
		int from = Integer.parseInt(arguments[2]);
		int to = Integer.parseInt(arguments[3]);
		String[] haven = Arrays.copyOfRange(arguments, 4, arguments.length);
		try (ConfigurableApplicationContext node = StandaloneHaven.startOutsideDemoMode(home, haven)) {
			System.out.println(READY);
			for (int number = from; number < to; number++) {
				CaseCode code = submitUntilItSucceeds(node, stem, number);
				System.out.println(ACKNOWLEDGED + number + " " + code.value());
				System.out.flush();
			}
			System.out.println(DONE);
		}
		System.exit(0);
	}

	private static CaseCode submitUntilItSucceeds(ConfigurableApplicationContext node, String stem, int number)
			throws InterruptedException {
		while (true) {
			try {
				return FaultyNodes.submit(node, FaultyNodes.intake(stem, number));
			}
			catch (RuntimeException ex) {
				System.out.println("HAVEN-FAULTS FAILED " + number + " " + ex.getClass().getSimpleName()
						+ (DatabaseUnreachable.causedIt(ex) ? " (database unreachable)" : ""));
				Thread.sleep(300);
			}
		}
	}

}
