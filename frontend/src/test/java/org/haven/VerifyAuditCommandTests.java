package org.haven;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.haven.audit.AuditCommand;
import org.haven.crypto.KeysCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, point 3: {@code java -jar haven.jar verify-audit} runs through the real
 * {@code main} path, with the whole of Haven on the class path, web layer included, and
 * starts the backend alone: it used to exit 2 with an UnsatisfiedDependencyException from
 * the web security configuration.
 */
class VerifyAuditCommandTests {

	@TempDir
	Path havenHome;

	@Test
	void verify_audit_runs_without_the_web_layer_and_exits_0_on_an_intact_trail() {
		String passphrase = "--haven.master-passphrase=the passphrase of this test";
		assertThat(KeysCommand.run(new String[] { "init", "--haven.home=" + this.havenHome, passphrase }, System.out,
				System.err))
			.isZero();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = HavenApplication.verifyAudit(
				new String[] { "--haven.home=" + this.havenHome, "--haven.db.url=", "--haven.db.ephemeral=true",
						passphrase },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertThat(printed).doesNotContain("UnsatisfiedDependencyException").contains("The audit trail is intact");
		assertThat(exit).isEqualTo(AuditCommand.INTACT);
	}

}
