package org.haven.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The directory that holds what Haven keeps outside the database: the embedded database,
 * key files, the audit sealer's witness. Everything Haven creates under it is readable by
 * the operating-system user that runs Haven only. A directory that exists already is left
 * as it is: the keys may be a read-only mount shared by every node, whose permissions
 * belong to whoever mounted it.
 */
public final class HavenHome {

	private final Path root;

	public HavenHome(Path root) {
		this.root = root.toAbsolutePath().normalize();
		createPrivateDirectory(this.root);
	}

	public Path root() {
		return this.root;
	}

	/**
	 * A directory under the home, created on first use and private to the owner; an
	 * existing one is used as it is.
	 */
	public Path directory(String name) {
		Path directory = this.root.resolve(name);
		createPrivateDirectory(directory);
		return directory;
	}

	static void createPrivateDirectory(Path directory) {
		if (Files.isDirectory(directory)) {
			return;
		}
		try {
			Files.createDirectories(directory);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the private directory " + directory, ex);
		}
	}

	/** Writes a file that only the owner may read, replacing it atomically. */
	public static void writePrivateFile(Path file, byte[] content) {
		try {
			Path temporary = Files.createTempFile(file.getParent(), ".tmp-", "");
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
			}
			Files.write(temporary, content);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the private file " + file, ex);
		}
	}

}
