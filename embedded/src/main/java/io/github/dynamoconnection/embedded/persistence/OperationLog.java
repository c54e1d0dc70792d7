package io.github.dynamoconnection.embedded.persistence;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;

/**
 * The append-only operation log file: a magic header, then {@link LogRecordCodec} frames. Reading
 * stops at the first torn or corrupt frame (a write cut short by a crash, never acknowledged) and
 * the file is cut back to the last whole frame before appending. Each append is one
 * {@code write} to the operating system before it returns, so it survives the process being killed;
 * it is not forced to the disk per write (see {@link PersistentEngine}). Not thread-safe: the
 * caller serializes appends. Hand-written: no library at hand offers a small checksummed
 * append-only record file.
 */
final class OperationLog implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(OperationLog.class);

	private static final byte[] MAGIC = "DCOPLOG1".getBytes(StandardCharsets.US_ASCII);

	/** Largest frame payload accepted: a 16 MB request plus the record's envelope. */
	private static final int MAX_PAYLOAD_BYTES = 17 * 1024 * 1024;

	private final FileChannel channel;

	private long size;

	private OperationLog(FileChannel channel, long size) {
		this.channel = channel;
		this.size = size;
	}

	/**
	 * Reads every whole record of a log file, in order.
	 * @param file the log file; a missing file holds no records
	 * @param sink receives each record
	 * @return the length of the file's valid prefix
	 */
	static long read(Path file, Consumer<LogRecord> sink) throws IOException {
		if (!Files.exists(file)) {
			return 0;
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			byte[] magic = in.readNBytes(MAGIC.length);
			if (!Arrays.equals(magic, MAGIC)) {
				throw new IOException("Not an operation log of dynamo-connection's embedded engine: " + file);
			}
			long valid = MAGIC.length;
			while (true) {
				Frame frame = readFrame(in);
				if (frame == null) {
					long length = Files.size(file);
					if (length > valid) {
						logger.warn("Ignoring {} bytes of an incomplete last record in {}", length - valid, file);
					}
					return valid;
				}
				sink.accept(frame.record());
				valid += frame.length();
			}
		}
	}

	/** A frame read back: its record and its length in the file. */
	private record Frame(LogRecord record, int length) {
	}

	private static Frame readFrame(DataInputStream in) throws IOException {
		int length;
		int checksum;
		try {
			length = in.readInt();
			checksum = in.readInt();
		}
		catch (EOFException ex) {
			return null;
		}
		if (length < 0 || length > MAX_PAYLOAD_BYTES) {
			return null;
		}
		byte[] payload = in.readNBytes(length);
		if (payload.length != length || (int) LogRecordCodec.checksum(payload, 0, length) != checksum) {
			return null;
		}
		try {
			return new Frame(LogRecordCodec.decode(payload, 0, length), LogRecordCodec.HEADER_BYTES + length);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Opens a log for appending after its valid prefix, creating it when missing.
	 * @param file the log file
	 * @param validLength the valid prefix found by {@link #read}; anything after it is cut
	 */
	static OperationLog openForAppend(Path file, long validLength) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		try {
			if (validLength == 0) {
				channel.truncate(0);
				writeFully(channel, ByteBuffer.wrap(MAGIC));
				channel.force(true);
				return new OperationLog(channel, MAGIC.length);
			}
			if (channel.size() > validLength) {
				channel.truncate(validLength);
			}
			channel.position(validLength);
			return new OperationLog(channel, validLength);
		}
		catch (IOException ex) {
			channel.close();
			throw ex;
		}
	}

	/**
	 * Replaces a log file atomically by one holding the records a producer writes: the new content
	 * goes to a temporary file, is forced to disk, then renamed over the old file.
	 * @param file the log file to replace
	 * @param producer writes the records to the consumer it is given
	 * @return the size of the new file
	 */
	static long replace(Path file, Consumer<Consumer<LogRecord>> producer) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".compacting");
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			writeFully(channel, ByteBuffer.wrap(MAGIC));
			producer.accept((record) -> {
				try {
					writeFully(channel, LogRecordCodec.encode(record));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			channel.force(true);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		forceDirectory(file.toAbsolutePath().getParent());
		return Files.size(file);
	}

	/**
	 * Appends one frame made by {@link LogRecordCodec#encode}; it reaches the operating system
	 * before this returns.
	 */
	void append(ByteBuffer frame) throws IOException {
		size += frame.remaining();
		writeFully(channel, frame);
	}

	/** Current length of the file in bytes. */
	long size() {
		return size;
	}

	/** Forces everything appended so far to the disk. */
	void sync() throws IOException {
		channel.force(false);
	}

	@Override
	public void close() throws IOException {
		try {
			channel.force(false);
		}
		finally {
			channel.close();
		}
	}

	private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	private static void forceDirectory(Path directory) {
		try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException ex) {
			// Some platforms cannot open a directory; the rename itself is still atomic there.
			logger.debug("Cannot force directory {}", directory, ex);
		}
	}

}
