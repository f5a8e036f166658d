package org.haven.reporting;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.haven.platform.HavenHome;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.shared.SafeErrorDescription;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs long exports in the background on the application's scheduler (decision 0023), as
 * the user who started them, one at a time so that the audit sealer's round never waits
 * for a thread. A file is written under a temporary name in the Haven home's
 * {@code exports} directory and moved to its final name only when complete and released;
 * a cancelled or failed export deletes it. A ready file is deleted once downloaded, or
 * after {@code haven.reporting.export.keep}. When the context stops, every export under
 * way is cancelled and waited for, and every file deleted: nobody could reach them after
 * a restart, which starts with an empty directory.
 */
@Component
class ExportRuns implements SmartLifecycle {

	static final String DIRECTORY = "exports";

	private static final Duration SWEEP = Duration.ofMinutes(1);

	private static final Duration STOP_WAIT = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(ExportRuns.class);

	private final Path directory;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final Duration keep;

	private final Map<ExportJobId, Run> runs = new ConcurrentHashMap<>();

	private volatile boolean running;

	private @Nullable ScheduledFuture<?> sweeping;

	private final MeterRegistry meters;

	ExportRuns(HavenHome home, TaskScheduler scheduler, Clock clock,
			@Value("${haven.reporting.export.keep:PT30M}") Duration keep, MeterRegistry meters) {
		this.meters = meters;
		Gauge.builder("haven.exports.running", this, ExportRuns::underWay)
			.description("Exports being prepared in the background on this node")
			.register(meters);
		this.directory = home.directory(DIRECTORY);
		this.scheduler = scheduler;
		this.clock = clock;
		this.keep = keep;
	}

	/**
	 * Starts an export as the signed-in user; refused while another export is being
	 * prepared.
	 */
	synchronized ExportJobId start(String fileName, String contentType, ExportWork work) {
		if (!this.running || this.runs.values().stream().anyMatch(run -> run.state() == ExportState.RUNNING)) {
			throw new InvalidInputException(Problem.ofForm("report.export.busy"));
		}
		Authentication owner = SecurityContextHolder.getContext().getAuthentication();
		Run run = new Run(ExportJobId.random(), owner.getName(), fileName, contentType, work);
		this.runs.put(run.id, run);
		run.future = this.scheduler.schedule(() -> execute(run, owner), this.scheduler.getClock().instant());
		return run.id;
	}

	Optional<ExportJobStatus> status(ExportJobId id, String owner) {
		return owned(id, owner).map(Run::status);
	}

	boolean cancel(ExportJobId id, String owner) {
		return owned(id, owner).map(Run::cancel).orElse(false);
	}

	Optional<ExportDownload> download(ExportJobId id, String owner) {
		return owned(id, owner).filter(run -> run.state() == ExportState.READY).map(run -> new Download(run));
	}

	/**
	 * The files in the directory, complete or not: for the tests that none is left
	 * behind.
	 */
	List<Path> files() {
		try (var found = Files.list(this.directory)) {
			return found.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<Run> owned(ExportJobId id, String owner) {
		return Optional.ofNullable(this.runs.get(id)).filter(run -> run.owner.equals(owner));
	}

	private void execute(Run run, Authentication owner) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(owner);
		SecurityContextHolder.setContext(context);
		Path temporary = null;
		ExportState ended = null;
		Timer.Sample preparing = Timer.start(this.meters);
		try {
			temporary = Files.createTempFile(this.directory, ".partial-", "");
			privateToOwner(temporary);
			MessageDigest digest = sha256();
			CoverSheet cover;
			try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)),
					digest)) {
				cover = run.work.writeTo(file, run);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			run.checkCancelled();
			run.work.released(sha256, cover);
			Path complete = this.directory.resolve(run.id.value() + ".export");
			Files.move(temporary, complete, StandardCopyOption.ATOMIC_MOVE);
			temporary = null;
			run.ready(complete, sha256, cover, this.clock.instant());
		}
		catch (ExportCancelled cancelled) {
			ended = ExportState.CANCELLED;
		}
		catch (IOException | RuntimeException failed) {
			ended = ExportState.FAILED;
			log.error("An export failed [{}]: {}", SafeErrorDescription.newReference(),
					SafeErrorDescription.of(failed));
		}
		finally {
			if (temporary != null) {
				delete(temporary);
			}
			if (ended != null) {
				run.end(ended, this.clock.instant());
			}
			preparing.stop(Timer.builder("haven.exports")
				.description("Background exports ended, by how they ended, and how long each took")
				.tag("outcome", (ended == null ? ExportState.READY : ended).name())
				.register(this.meters));
			SecurityContextHolder.clearContext();
		}
	}

	private long underWay() {
		return this.runs.values().stream().filter(run -> run.state() == ExportState.RUNNING).count();
	}

	/** Deletes the files nobody downloaded in time, and forgets exports long ended. */
	void sweep() {
		Instant before = this.clock.instant().minus(this.keep);
		this.runs.values().removeIf(run -> run.expiredBefore(before));
	}

	@Override
	public synchronized void start() {
		deleteAll();
		this.running = true;
		this.sweeping = this.scheduler.scheduleWithFixedDelay(this::sweep, SWEEP);
	}

	/** Cancels every export under way, waits for it to end, and deletes every file. */
	@Override
	public void stop() {
		List<Run> stopped;
		synchronized (this) {
			this.running = false;
			if (this.sweeping != null) {
				this.sweeping.cancel(false);
				this.sweeping = null;
			}
			stopped = List.copyOf(this.runs.values());
		}
		stopped.forEach(Run::cancel);
		for (Run run : stopped) {
			awaitEnd(run.future);
		}
		this.runs.clear();
		deleteAll();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static void awaitEnd(@Nullable Future<?> future) {
		if (future == null) {
			return;
		}
		try {
			future.get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException ex) {
			log.warn("An export did not end in time at shutdown [{}]: {}", SafeErrorDescription.newReference(),
					SafeErrorDescription.of(ex));
		}
	}

	private void deleteAll() {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.directory)) {
			files.forEach(ExportRuns::delete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.error("An export's file could not be deleted [{}]: {}", SafeErrorDescription.newReference(),
					SafeErrorDescription.of(ex));
		}
	}

	private static void privateToOwner(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One export: its progress, and once ready, its file. */
	private static final class Run implements ExportProgress {

		final ExportJobId id;

		final String owner;

		final String fileName;

		final String contentType;

		final ExportWork work;

		volatile @Nullable Future<?> future;

		private ExportState state = ExportState.RUNNING;

		private boolean cancelled;

		private int percent;

		private @Nullable Path file;

		private @Nullable String sha256;

		private @Nullable CoverSheet cover;

		private @Nullable Instant endedAt;

		Run(ExportJobId id, String owner, String fileName, String contentType, ExportWork work) {
			this.id = id;
			this.owner = owner;
			this.fileName = fileName;
			this.contentType = contentType;
			this.work = work;
		}

		@Override
		public synchronized void advance(int percent) {
			if (this.cancelled) {
				throw new ExportCancelled();
			}
			if (percent >= 0) {
				this.percent = Math.min(100, Math.max(this.percent, percent));
			}
		}

		synchronized ExportState state() {
			return this.state;
		}

		synchronized ExportJobStatus status() {
			return new ExportJobStatus(this.id, this.state, this.percent, this.fileName, this.sha256, this.cover);
		}

		/** A ready file is deleted; an export under way stops at its next step. */
		synchronized boolean cancel() {
			if (this.state == ExportState.READY) {
				discard();
				this.state = ExportState.CANCELLED;
				return true;
			}
			boolean wasRunning = this.state == ExportState.RUNNING && !this.cancelled;
			this.cancelled = true;
			return wasRunning;
		}

		synchronized void ready(Path file, String sha256, @Nullable CoverSheet cover, Instant now) {
			if (this.cancelled) {
				delete(file);
				end(ExportState.CANCELLED, now);
				return;
			}
			this.file = file;
			this.sha256 = sha256;
			this.cover = cover;
			this.percent = 100;
			this.state = ExportState.READY;
			this.endedAt = now;
		}

		synchronized void end(ExportState state, Instant now) {
			this.state = state;
			this.endedAt = now;
		}

		synchronized boolean expiredBefore(Instant before) {
			if (this.endedAt == null || !this.endedAt.isBefore(before)) {
				return false;
			}
			discard();
			return true;
		}

		/** Sends the file and deletes it; the export is then gone. */
		synchronized void sendTo(OutputStream target) throws IOException {
			if (this.state != ExportState.READY || this.file == null) {
				throw new IllegalStateException("The export is no longer there");
			}
			try {
				Files.copy(this.file, target);
			}
			finally {
				discard();
				this.state = ExportState.CANCELLED;
			}
		}

		private void discard() {
			if (this.file != null) {
				delete(this.file);
				this.file = null;
			}
		}

	}

	private final class Download implements ExportDownload {

		private final Run run;

		Download(Run run) {
			this.run = run;
		}

		@Override
		public String fileName() {
			return this.run.fileName;
		}

		@Override
		public String contentType() {
			return this.run.contentType;
		}

		@Override
		public void writeTo(OutputStream target) throws IOException {
			try {
				this.run.sendTo(target);
			}
			finally {
				ExportRuns.this.runs.remove(this.run.id);
			}
		}

	}

}
