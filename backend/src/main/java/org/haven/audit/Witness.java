package org.haven.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.haven.platform.HavenHome;

/**
 * This node's own memory of the chain, outside the database, under
 * {@code HAVEN_HOME/audit/}: {@code witness.txt}, an append-only checkpoint file of every
 * checkpoint and retention record the sealer signed (exportable as is), and
 * {@code head.txt}, the newest head the sealer verified, signed, rewritten as the chain
 * grows. The sealer verifies the chain from the newer of the two before it signs
 * anything. Each node keeps its own; while a sealer runs it holds a lock on the witness,
 * so that two nodes never share one.
 */
final class Witness {

	private final Path directory;

	private final Path file;

	private final Path head;

	private FileChannel channel;

	private FileLock lock;

	private Witness(Path directory) {
		this.directory = directory;
		this.file = directory.resolve("witness.txt");
		this.head = directory.resolve("head.txt");
	}

	static Witness in(HavenHome home) {
		return new Witness(home.directory("audit"));
	}

	static Witness at(Path directory) {
		return new Witness(directory);
	}

	Path file() {
		return this.file;
	}

	boolean exists() {
		return Files.exists(this.file);
	}

	/**
	 * Opens the witness for appending, creating it with its header, and locks it.
	 * @throws IllegalStateException when another Haven holds it
	 */
	synchronized void open(String publicKeyset) {
		if (this.channel != null) {
			return;
		}
		try {
			Files.createDirectories(this.directory);
			boolean created = !Files.exists(this.file);
			FileChannel opened = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND);
			FileLock locked = opened.tryLock();
			if (locked == null) {
				opened.close();
				throw new IllegalStateException("Another Haven uses the audit witness " + this.file
						+ "; every node needs a HAVEN_HOME/audit of its own");
			}
			this.channel = opened;
			this.lock = locked;
			CheckpointFile current = created ? null : read().orElse(null);
			if (current == null || !publicKeyset.equals(current.publicKeyset())) {
				write(CheckpointFile.header(publicKeyset));
			}
		}
		catch (OverlappingFileLockException ex) {
			throw new IllegalStateException("This Haven already uses the audit witness " + this.file, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the audit witness " + this.file, ex);
		}
	}

	/**
	 * What the witness holds, if there is one; a line cut short by a crash is left out.
	 */
	Optional<CheckpointFile> read() {
		try {
			if (!Files.exists(this.file)) {
				return Optional.empty();
			}
			CheckpointFile read = CheckpointFile.read(this.file);
			return read.publicKeyset() == null ? Optional.empty() : Optional.of(read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit witness " + this.file, ex);
		}
	}

	/** The newest head the sealer verified and signed, if it remembers one. */
	Optional<Checkpoint> head() {
		try {
			return Files.exists(this.head) ? Optional.of(Checkpoint.fromLine(Files.readString(this.head)))
					: Optional.empty();
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	synchronized void append(Checkpoint checkpoint) {
		write(checkpoint.toLine() + "\n");
	}

	synchronized void append(RetentionRecord record) {
		write(record.toLine() + "\n");
	}

	void remember(Checkpoint head) {
		HavenHome.writePrivateFile(this.head, (head.toLine() + "\n").getBytes(StandardCharsets.UTF_8));
	}

	void exportTo(OutputStream target) {
		try {
			Files.copy(this.file, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit witness " + this.file, ex);
		}
	}

	synchronized void close() {
		try {
			if (this.lock != null) {
				this.lock.release();
			}
			if (this.channel != null) {
				this.channel.close();
			}
		}
		catch (IOException ex) {
			// closing releases the lock in any case
		}
		finally {
			this.lock = null;
			this.channel = null;
		}
	}

	private void write(String text) {
		if (this.channel == null) {
			throw new IllegalStateException("The audit witness is not open");
		}
		try {
			ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				this.channel.write(bytes);
			}
			this.channel.force(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the audit witness " + this.file, ex);
		}
	}

}
