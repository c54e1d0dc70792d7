package io.github.dynamoconnection.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.async.UnprocessedInjector;
import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.testing.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Streamed batches against the embedded engine, with faults injected in front of it: a failure
 * mid-batch leaves exactly the entries the exception carries unwritten (and every other one
 * written, none twice), the bound of requests in flight holds, duplicate keys are refused per
 * request of 25, and a lazy input is read only as requests go out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkBatchTests {

	private static final AtomicInteger tableS = new AtomicInteger();

	private String table;

	private final EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().start();

	private BatchTraffic traffic;

	private Connection conn;

	@AfterEach
	void closeConnection() {
		if (conn != null) {
			conn.close();
			conn.client().close();
		}
	}

	@AfterAll
	void stop() {
		engine.close();
	}

	private Connection connect(int concurrency, BatchRetryPolicy policy, ExecutionInterceptor... interceptors) {
		traffic = new BatchTraffic(engine.sdkHttpClient());
		DynamoDbClient client = DynamoDbClient.builder()
			.httpClient(traffic)
			.endpointOverride(engine.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(o -> {
				o.retryStrategy(AwsRetryStrategy.doNotRetry());
				for (ExecutionInterceptor interceptor : interceptors) {
					o.addExecutionInterceptor(interceptor);
				}
			})
			.build();
		conn = Connection.builder().client(client).batchConcurrency(concurrency).batchRetryPolicy(policy).build();
		table = "Bulk" + tableS.incrementAndGet();
		Tables.hashOnly(conn, table);
		return conn;
	}

	private Connection connect(int concurrency) {
		return connect(concurrency, new BatchRetryPolicy(3, Duration.ZERO, Duration.ZERO));
	}

	private static List<Map<String, Object>> items(int count) {
		return IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> Map.of("id", "i" + i, "v", i)).toList();
	}

	private Set<String> written() {
		return conn.scanPages(table).items().map(item -> (String) item.get("id")).collect(Collectors.toSet());
	}

	/** The entries carried are exactly the ones not written: together they are every entry, once. */
	private void assertCarriesExactlyWhatIsLeft(BatchWriteException ex, int total) {
		List<String> left = ex.unprocessedItems().getOrDefault(table, List.of()).stream()
			.map(request -> request.putRequest().item().get("id").s())
			.toList();
		Set<String> written = written();
		assertThat(left).doesNotHaveDuplicates();
		assertThat(written).doesNotContainAnyElementsOf(left);
		assertThat(left.size() + written.size()).isEqualTo(total);
		assertThat(ex.unprocessedCount()).isEqualTo(left.size()).isPositive();
	}

	@Test
	void aServerErrorMidBatchCarriesExactlyTheEntriesNotWritten() {
		connect(4);
		traffic.faults(n -> (n == 10) ? BatchTraffic.SERVER_ERROR : null);
		assertThatThrownBy(() -> conn.batchWriteItem(table, items(1000), List.of()))
			.isInstanceOfSatisfying(BatchWriteException.class, ex -> {
				assertThat(ex.errorCode()).isEqualTo("InternalServerError");
				assertCarriesExactlyWhatIsLeft(ex, 1000);
				assertThat(ex.unprocessedCount()).isGreaterThanOrEqualTo(25);
			});
	}

	@Test
	void throttlingMidBatchWithUnprocessedRoundsCarriesExactlyTheEntriesNotWritten() {
		UnprocessedInjector unprocessed = new UnprocessedInjector(12, 5);
		connect(3, new BatchRetryPolicy(8, Duration.ZERO, Duration.ZERO), unprocessed);
		traffic.faults(n -> (n == 20) ? BatchTraffic.THROTTLED : null);
		assertThatThrownBy(() -> conn.batchWriteItem(table, items(1000), List.of()))
			.isInstanceOfSatisfying(BatchWriteException.class, ex -> {
				assertThat(ex.errorCode()).isEqualTo("ProvisionedThroughputExceededException");
				assertCarriesExactlyWhatIsLeft(ex, 1000);
			});
		assertThat(unprocessed.injected()).isEqualTo(12);
	}

	@Test
	void unprocessedBeyondTheBoundCarryExactlyTheEntriesNotWritten() {
		connect(4, new BatchRetryPolicy(1, Duration.ZERO, Duration.ZERO), new UnprocessedInjector(Integer.MAX_VALUE, 2));
		assertThatThrownBy(() -> conn.batchWriteItem(table, items(500), List.of()))
			.isInstanceOfSatisfying(BatchWriteException.class, ex -> {
				assertThat(ex.getMessage()).contains("left unprocessed after 1 retries");
				assertCarriesExactlyWhatIsLeft(ex, 500);
			});
	}

	@Test
	void unprocessedRoundsAreRetriedAndEverythingIsWrittenOnce() {
		UnprocessedInjector unprocessed = new UnprocessedInjector(30, 4);
		connect(4, new BatchRetryPolicy(8, Duration.ZERO, Duration.ZERO), unprocessed);
		BatchWriteResult result = conn.batchWriteItem(table, items(1000), List.of());
		assertThat(result.written()).isEqualTo(1000);
		assertThat(result.requests()).isGreaterThan(40);
		assertThat(unprocessed.injected()).isEqualTo(30);
		assertThat(written()).hasSize(1000);
	}

	@Test
	void neverMoreRequestsInFlightThanTheBound() {
		connect(8);
		traffic.delay(20);
		conn.batchWriteItem(b -> b.putAll(table, items(300)).concurrency(3));
		assertThat(traffic.maxInFlight()).isEqualTo(3);
		assertThat(written()).hasSize(300);
		traffic.delay(0);
	}

	@Test
	void batchGetAndParallelScanKeepTheBoundToo() {
		connect(2);
		conn.batchWriteItem(table, items(450), List.of());
		traffic.delay(20);
		List<Key> keys = IntStream.range(0, 450).mapToObj(i -> Key.of("i" + i)).toList();
		assertThat(conn.batchGetItem(b -> {
			keys.forEach(key -> b.get(table, key));
			b.concurrency(3);
		}).items(table)).hasSize(450);
		assertThat(traffic.maxInFlight()).isEqualTo(3);
		ExecutorService executor = Executors.newFixedThreadPool(6);
		try {
			assertThat(conn.parallelScan(table, 6, o -> { }, executor)).hasSize(450);
			assertThat(conn.parallelScan(table, 6)).hasSize(450);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(traffic.maxInFlight()).isEqualTo(3);
		traffic.delay(0);
	}

	@Test
	void duplicateKeysWithinOneRequestAreRefusedNamingTableAndKey() {
		connect(4);
		List<Map<String, Object>> sameRequest = new ArrayList<>(items(30));
		sameRequest.set(20, Map.of("id", "i1", "v", "again"));
		assertThatThrownBy(() -> conn.batchWriteItem(table, sameRequest, List.of()))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'" + table + "'").hasMessageContaining("duplicate key").hasMessageContaining("id=i1");
		assertThat(written()).isEmpty();
		List<Map<String, Object>> differentRequests = new ArrayList<>(items(30));
		differentRequests.set(27, Map.of("id", "i1", "v", "again"));
		assertThat(conn.batchWriteItem(b -> b.putAll(table, differentRequests).concurrency(1)).written()).isEqualTo(30);
		assertThat(conn.getItem(table, "i1").item()).containsEntry("v", "again");
		assertThat(written()).hasSize(29);
	}

	@Test
	void aDuplicateInALaterRequestFailsCarryingTheEntriesNotWritten() {
		connect(1);
		List<Map<String, Object>> items = new ArrayList<>(items(60));
		items.set(40, Map.of("id", "i30", "v", "again"));
		assertThatThrownBy(() -> conn.batchWriteItem(table, items, List.of()))
			.isInstanceOfSatisfying(BatchWriteException.class, ex -> {
				assertThat(ex.getCause()).isInstanceOf(InvalidArgumentException.class);
				assertThat(ex.getMessage()).contains("duplicate key").contains("id=i30");
				assertThat(ex.unprocessedCount()).isEqualTo(60 - 25 - 1);
				assertThat(written()).hasSize(25);
			});
	}

	@Test
	void emptyBatchesAreRefusedBeforeAnythingIsSent() {
		connect(4);
		assertThatThrownBy(() -> conn.batchWriteItem(table, List.of(), List.of()))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("empty");
		assertThatThrownBy(() -> conn.batchWriteItem(b -> b.putAll(table, List.<Map<String, Object>>of().stream())))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("empty");
		assertThat(traffic.maxInFlight()).isZero();
	}

	@Test
	void exactly25EntriesAreOneRequestAnd26AreTwo() {
		connect(4);
		assertThat(conn.batchWriteItem(table, items(25), List.of()).requests()).isEqualTo(1);
		BatchWriteResult result = conn.batchWriteItem(table, items(26), List.of());
		assertThat(result.requests()).isEqualTo(2);
		assertThat(result.written()).isEqualTo(26);
		assertThat(written()).hasSize(26);
	}

	@Test
	void aLazyInputIsReadOnlyAsRequestsGoOut() throws Exception {
		connect(2);
		AtomicInteger read = new AtomicInteger();
		Iterable<Map<String, Object>> lazy = () -> new Iterator<>() {
			@Override
			public boolean hasNext() {
				return read.get() < 1000;
			}

			@Override
			public Map<String, Object> next() {
				int i = read.getAndIncrement();
				return Map.of("id", "i" + i, "v", i);
			}
		};
		traffic.closeGate();
		CompletableFuture<BatchWriteResult> load = CompletableFuture.supplyAsync(() -> conn.batchWriteItem(b -> b.putAll(table, lazy)));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (traffic.inFlight() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		Thread.sleep(100);
		assertThat(traffic.inFlight()).isEqualTo(2);
		assertThat(read.get()).isEqualTo(2 * 25);
		traffic.openGate();
		assertThat(load.get(30, TimeUnit.SECONDS).written()).isEqualTo(1000);
		assertThat(written()).hasSize(1000);
	}

	@Test
	void aStreamIsSentOnce() {
		connect(4);
		BatchWriteResult result = conn.batchWriteItem(b -> b.putAll(table, items(120).stream()));
		assertThat(result.written()).isEqualTo(120);
		assertThat(written()).hasSize(120);
	}

	@Test
	void aConcurrencyBelowOneIsRefused() {
		assertThatThrownBy(() -> Connection.builder().batchConcurrency(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("batch concurrency must be >= 1");
		assertThatThrownBy(() -> io.github.dynamoconnection.batch.BatchWriteSpec.builder().concurrency(0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
