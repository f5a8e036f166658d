package org.haven.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * The file auditors keep outside Haven: a header line with the public key, then one
 * signed checkpoint per line.
 */
public record CheckpointFile(String publicKeyset, List<Checkpoint> checkpoints) {

	static final String HEADER = "# haven-audit-checkpoints/v1 public-key ";

	static String header(String publicKeyset) {
		return HEADER + Base64.getEncoder().encodeToString(publicKeyset.getBytes(StandardCharsets.UTF_8)) + "\n";
	}

	public static CheckpointFile read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.getFirst().startsWith(HEADER)) {
			throw new IllegalArgumentException("Not a Haven checkpoint file");
		}
		String key = new String(Base64.getDecoder().decode(lines.getFirst().substring(HEADER.length()).strip()),
				StandardCharsets.UTF_8);
		return new CheckpointFile(key,
				lines.stream()
					.skip(1)
					.filter(line -> !line.isBlank() && !line.startsWith("#"))
					.map(Checkpoint::fromLine)
					.toList());
	}

	/** The newest checkpoint, to verify from. */
	public Checkpoint latest() {
		if (this.checkpoints.isEmpty()) {
			throw new IllegalArgumentException("The checkpoint file holds no checkpoint");
		}
		return this.checkpoints.getLast();
	}

}
