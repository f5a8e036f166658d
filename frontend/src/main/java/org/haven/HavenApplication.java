package org.haven;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Haven: case management for NGOs that assist survivors of human trafficking. */
@SpringBootApplication
public class HavenApplication {

	/**
	 * Starts Haven; {@code encrypt-secret} instead prints a secret as an {@code ENC(...)}
	 * value for the configuration, without starting anything.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("encrypt-secret")) {
			org.haven.crypto.SecretTool.main(java.util.Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		SpringApplication.run(HavenApplication.class, args);
	}

}
