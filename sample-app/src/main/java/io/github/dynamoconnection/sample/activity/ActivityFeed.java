package io.github.dynamoconnection.sample.activity;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.stream.ChangeRecord;
import io.github.dynamoconnection.stream.StreamPosition;
import io.github.dynamoconnection.stream.TableStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The last changes to the Thread table, read from its stream: a background thread polls
 * {@link Connection#streamRecords} every {@code sample.activity.poll-interval} and keeps the newest
 * {@code sample.activity.size} changes in memory, the first poll one interval after the application
 * starts. It starts and stops with the application; a failed poll is logged and the next one
 * resumes after the last change read.
 */
@Component
public class ActivityFeed implements SmartLifecycle {

	static final String TABLE = "Thread";

	private static final Log logger = LogFactory.getLog(ActivityFeed.class);

	private final Connection connection;

	private final DynamoDbStreamsClient streams;

	private final Duration pollInterval;

	private final int size;

	private final Deque<Activity> latest = new ArrayDeque<>();

	private volatile ScheduledExecutorService poller;

	/** Touched by the poller thread only. */
	private TableStreamReader reader;

	/** Where to resume after a failed poll: after the last record read, else from the oldest one kept. */
	private StreamPosition resumeFrom = StreamPosition.trimHorizon();

	/**
	 * A feed reading the Thread table's stream.
	 * @param connection the connection the table is reached through
	 * @param streams the DynamoDB Streams client (the starter's, from the same settings)
	 * @param pollInterval the pause between two polls (positive)
	 * @param size how many changes to keep (at least 1)
	 */
	public ActivityFeed(Connection connection, DynamoDbStreamsClient streams,
			@Value("${sample.activity.poll-interval:1s}") Duration pollInterval,
			@Value("${sample.activity.size:50}") int size) {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("sample.activity.poll-interval must be positive, was " + pollInterval);
		}
		if (size < 1) {
			throw new IllegalArgumentException("sample.activity.size must be at least 1, was " + size);
		}
		this.connection = connection;
		this.streams = streams;
		this.pollInterval = pollInterval;
		this.size = size;
	}

	/** The newest changes first. */
	public synchronized List<Activity> latest() {
		return new ArrayList<>(this.latest);
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "activity-feed");
			thread.setDaemon(true);
			return thread;
		});
		// The first poll one interval after start, not during the rest of the application's start-up.
		long interval = this.pollInterval.toMillis();
		executor.scheduleWithFixedDelay(this::pollOnce, interval, interval, TimeUnit.MILLISECONDS);
		this.poller = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.poller;
		this.poller = null;
		if (executor != null) {
			executor.shutdownNow();
			try {
				executor.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.poller != null;
	}

	/** One poll; never throws, so the schedule keeps running. */
	void pollOnce() {
		try {
			if (this.reader == null) {
				this.reader = this.connection.streamRecords(TABLE, this.resumeFrom, this.streams);
			}
			List<ChangeRecord> changes = this.reader.poll();
			changes.forEach(this::add);
			if (!changes.isEmpty()) {
				ChangeRecord last = changes.get(changes.size() - 1);
				this.resumeFrom = StreamPosition.after(last.shardId(), last.sequenceNumber());
			}
		}
		catch (RuntimeException ex) {
			this.reader = null;
			logger.warn("Reading the " + TABLE + " table's stream failed; retrying in " + this.pollInterval + ": " + ex);
		}
	}

	private synchronized void add(ChangeRecord change) {
		this.latest.addFirst(Activity.of(change));
		while (this.latest.size() > this.size) {
			this.latest.removeLast();
		}
	}

}
