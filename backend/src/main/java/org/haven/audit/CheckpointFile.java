package org.haven.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The file auditors keep outside Haven, and the sealer's own witness: a header line with
 * the public key, then one signed checkpoint per line, and the signed records of what
 * retention removed ({@code retention ...} lines). A later header line (after a rotation
 * of the signing key) replaces the key of the one before.
 */
public record CheckpointFile(String publicKeyset, List<Checkpoint> checkpoints, List<RetentionRecord> retentions) {

	static final String HEADER = "# haven-audit-checkpoints/v1 public-key ";

	public CheckpointFile {
		checkpoints = List.copyOf(checkpoints);
		retentions = List.copyOf(retentions);
	}

	static String header(String publicKeyset) {
		return HEADER + Base64.getEncoder().encodeToString(publicKeyset.getBytes(StandardCharsets.UTF_8)) + "\n";
	}

	public static CheckpointFile read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/**
	 * Reads a checkpoint file; a last line cut short (a write in progress) is left out.
	 * @throws IllegalArgumentException when it is not a Haven checkpoint file
	 */
	public static CheckpointFile parse(String text) {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.getFirst().startsWith(HEADER)) {
			throw new IllegalArgumentException("Not a Haven checkpoint file");
		}
		String key = null;
		List<Checkpoint> checkpoints = new ArrayList<>();
		List<RetentionRecord> retentions = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			boolean cutShort = i == lines.size() - 1 && !text.endsWith("\n");
			try {
				if (line.startsWith(HEADER)) {
					key = new String(Base64.getDecoder().decode(line.substring(HEADER.length()).strip()),
							StandardCharsets.UTF_8);
				}
				else if (line.startsWith(RetentionRecord.PREFIX)) {
					retentions.add(RetentionRecord.fromLine(line));
				}
				else if (!line.isBlank() && !line.startsWith("#")) {
					checkpoints.add(Checkpoint.fromLine(line));
				}
			}
			catch (IllegalArgumentException ex) {
				if (!cutShort) {
					throw new IllegalArgumentException("Not a Haven checkpoint file", ex);
				}
			}
		}
		return new CheckpointFile(key, checkpoints, retentions);
	}

	/** The newest checkpoint (of the highest position), to verify from. */
	public Checkpoint latest() {
		return this.checkpoints.stream()
			.max(Comparator.comparingLong(Checkpoint::position))
			.orElseThrow(() -> new IllegalArgumentException("The checkpoint file holds no checkpoint"));
	}

}
