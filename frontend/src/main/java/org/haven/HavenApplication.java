package org.haven;

import java.io.PrintStream;
import java.util.Arrays;

import org.haven.audit.AuditCommand;
import org.haven.crypto.KeysCommand;
import org.haven.crypto.SecretTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Haven: case management for NGOs that assist survivors of human trafficking. */
@SpringBootApplication
public class HavenApplication {

	/**
	 * Starts Haven. {@code encrypt-secret} instead prints a secret as an {@code ENC(...)}
	 * value for the configuration; {@code verify-audit} checks the audit trail;
	 * {@code keys} creates, checks and rotates the key files; none starts the user
	 * interface.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("encrypt-secret")) {
			SecretTool.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && args[0].equals("keys")) {
			System.exit(KeysCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("verify-audit")) {
			System.exit(verifyAudit(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(HavenApplication.class, args);
	}

	/**
	 * {@code verify-audit}: the backend alone checks the audit trail, without the web
	 * layer; the exit code says intact (0), broken (1) or could not run (2).
	 */
	static int verifyAudit(String[] args, PrintStream out, PrintStream err) {
		return AuditCommand.verify(args, out, err);
	}

}
