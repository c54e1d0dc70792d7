package io.github.dynamoconnection.embedded.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.contract.Namespace;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@link Engine} decorator that makes an in-memory engine durable in a data directory.
 * <p>
 * Every successful mutating request (operation name and request body, with the time it ran) is
 * appended to an operation log before it is acknowledged; on start the log replays in order, with
 * the engine's clock showing each operation's original time, so conditional writes and updates
 * come out the same. Mutating requests run one at a time so that the log order is the execution
 * order; reads run concurrently. Compaction rewrites the log as a snapshot of the whole state
 * (CreateTable and PutItem requests) into a new file that atomically replaces the old one: on start
 * when operations followed the last snapshot, and when the operations appended since exceed a size.
 * <p>
 * Durability: each append is written to the operating system before the answer, so an
 * acknowledged write survives the process being killed (even {@code kill -9}); the log is forced to
 * the disk on compaction and on close, not on every write, so a power loss or operating-system
 * crash may lose the latest writes, the usual trade-off for a development and test engine.
 * Items removed by the TTL sweeper are not logged: they reappear after a restart until the sweeper
 * removes them again, and a compaction drops them for good.
 */
public final class PersistentEngine implements Engine {

	/** Default size of operations appended after the last snapshot that triggers a compaction. */
	public static final long DEFAULT_COMPACTION_THRESHOLD_BYTES = 64L * 1024 * 1024;

	static final String LOG_FILE_NAME = "dynamodb.oplog";

	/**
	 * The operation whose outcome depends on state kept only in memory (the prior images of
	 * point-in-time recovery, which a snapshot does not hold): it is followed by a compaction, so that
	 * the restored table is on disk as items rather than as a request that may no longer replay.
	 */
	private static final String RESTORES_FROM_MEMORY = "RestoreTableToPointInTime";

	private static final String LOCK_FILE_NAME = "dynamodb.lock";

	private static final Logger logger = LoggerFactory.getLogger(PersistentEngine.class);

	private final Engine delegate;

	/** The engine's clock, pinned to the logged time while a mutating operation runs (live or replayed), so that both see the same instant. */
	private final ReplayClock clock;

	private final Path logFile;

	private final FileLock directoryLock;

	private final long compactionThresholdBytes;

	private final ReentrantLock writeLock = new ReentrantLock();

	private OperationLog log;

	private long snapshotBytes;

	private boolean closed;

	private PersistentEngine(Engine delegate, ReplayClock clock, Path logFile, FileLock directoryLock,
			long compactionThresholdBytes) {
		this.delegate = delegate;
		this.clock = clock;
		this.logFile = logFile;
		this.directoryLock = directoryLock;
		this.compactionThresholdBytes = compactionThresholdBytes;
	}

	/**
	 * Opens a data directory: creates it when missing, replays its log into a new engine and
	 * compacts the log when operations followed the last snapshot.
	 * @param directory the data directory, used by one engine at a time
	 * @param clock the time source for the engine
	 * @param engineFactory creates the in-memory engine on the clock it is given
	 * @param compactionThresholdBytes size of operations appended after the last snapshot that
	 * triggers a compaction
	 * @return the durable engine
	 * @throws IllegalStateException when the directory is used by another engine or cannot be read
	 */
	public static PersistentEngine open(Path directory, Clock clock, Function<Clock, Engine> engineFactory,
			long compactionThresholdBytes) {
		FileLock lock = lockDirectory(directory);
		ReplayClock replayClock = new ReplayClock(clock);
		Engine engine = engineFactory.apply(replayClock);
		PersistentEngine persistent = new PersistentEngine(engine, replayClock, directory.resolve(LOG_FILE_NAME),
				lock, compactionThresholdBytes);
		try {
			persistent.recover(replayClock);
			return persistent;
		}
		catch (IOException | RuntimeException ex) {
			engine.close();
			releaseQuietly(lock);
			throw new IllegalStateException("Cannot load the data directory " + directory + ": " + ex.getMessage(), ex);
		}
	}

	private void recover(ReplayClock replayClock) throws IOException {
		Replay replay = new Replay(delegate, replayClock);
		long validLength;
		try {
			validLength = OperationLog.read(logFile, replay::apply);
		}
		finally {
			replayClock.release();
		}
		long fileLength = Files.exists(logFile) ? Files.size(logFile) : 0;
		if (replay.count() > 0) {
			logger.info("Loaded {} operations from {}", replay.count(), logFile);
		}
		if (replay.sinceSnapshot() > 0 || validLength < fileLength) {
			compact();
		}
		else {
			this.log = OperationLog.openForAppend(logFile, validLength);
			this.snapshotBytes = log.size();
		}
	}

	@Override
	public ObjectNode execute(String operation, ObjectNode request) {
		return execute(null, operation, request);
	}

	@Override
	public List<Namespace> namespaces() {
		return delegate.namespaces();
	}

	/** Only reads take the delegate's streaming path: every write goes through {@code execute}, which logs it. */
	@Override
	public byte[] executeStreaming(Namespace namespace, String operation, byte[] body, int offset, int length) {
		boolean read = "GetItem".equals(operation) || "Query".equals(operation);
		return read ? delegate.executeStreaming(namespace, operation, body, offset, length) : null;
	}

	@Override
	public ObjectNode execute(Namespace namespace, String operation, ObjectNode request) {
		if (!MutatingOperations.isMutating(operation, request)) {
			return delegate.execute(namespace, operation, request);
		}
		writeLock.lock();
		try {
			if (closed) {
				throw new EngineException("InternalServerError", "The engine is closed", 500, null);
			}
			long now = clock.millis();
			ByteBuffer frame = LogRecordCodec.encode(new LogRecord(now, operation, request, namespace));
			ObjectNode response = executeAt(now, namespace, operation, request);
			log.append(frame);
			if (RESTORES_FROM_MEMORY.equals(operation)
					|| log.size() - snapshotBytes > Math.max(compactionThresholdBytes, snapshotBytes)) {
				compact();
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot append to the operation log " + logFile, ex);
		}
		finally {
			writeLock.unlock();
		}
	}

	/**
	 * Runs a mutating operation with the clock showing the time its log record carries, so that what
	 * it derives from the time (creation times, backup ARNs, revision ids) replays identically.
	 */
	private ObjectNode executeAt(long millis, Namespace namespace, String operation, ObjectNode request) {
		clock.pin(Instant.ofEpochMilli(millis));
		try {
			return delegate.execute(namespace, operation, request);
		}
		finally {
			clock.release();
		}
	}

	/** Rewrites the log as a snapshot of the current state. Holds writes off while it runs. */
	public void compact() throws IOException {
		writeLock.lock();
		try {
			long now = clock.millis();
			long size = OperationLog.replace(logFile, (sink) -> EngineSnapshot.write(delegate, now, sink));
			if (log != null) {
				log.close();
			}
			this.log = OperationLog.openForAppend(logFile, size);
			this.snapshotBytes = size;
			logger.debug("Compacted {} to {} bytes", logFile, size);
		}
		finally {
			writeLock.unlock();
		}
	}

	/** Forces the log to disk, stops the engine and frees the data directory. Idempotent. */
	@Override
	public void close() {
		writeLock.lock();
		try {
			if (closed) {
				return;
			}
			closed = true;
			if (log != null) {
				log.close();
			}
		}
		catch (IOException ex) {
			logger.warn("Cannot close the operation log {}", logFile, ex);
		}
		finally {
			writeLock.unlock();
			delegate.close();
			releaseQuietly(directoryLock);
		}
	}

	private static FileLock lockDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
			FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE_NAME), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("The data directory " + directory + " is in use by another engine");
			}
			return lock;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot use the data directory " + directory, ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	private static void releaseQuietly(FileLock lock) {
		try {
			lock.channel().close();
		}
		catch (IOException ex) {
			logger.debug("Cannot release the data directory lock", ex);
		}
	}

	/** Applies logged records to a fresh engine, each at its original time. */
	private static final class Replay {

		private final Engine engine;

		private final ReplayClock clock;

		private long count;

		private long sinceSnapshot;

		Replay(Engine engine, ReplayClock clock) {
			this.engine = engine;
			this.clock = clock;
		}

		void apply(LogRecord record) {
			if (record.isSnapshotEnd()) {
				sinceSnapshot = 0;
				return;
			}
			count++;
			sinceSnapshot++;
			clock.pin(Instant.ofEpochMilli(record.timestampMillis()));
			try {
				engine.execute(record.namespace(), record.operation(), record.request());
			}
			catch (EngineException ex) {
				logger.warn("Replaying logged {} failed ({}: {}); skipped", record.operation(), ex.errorType(),
						ex.getMessage());
			}
		}

		long count() {
			return count;
		}

		long sinceSnapshot() {
			return sinceSnapshot;
		}

	}

}
