package io.github.dynamoconnection.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.exceptions.BatchGetException;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.exceptions.TransactionCanceledException;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.batch.BatchGetSpec;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import io.github.dynamoconnection.item.QueryOptions;

/**
 * What {@link AsyncConnection} must do against any DynamoDB-compatible server reached over HTTP
 * with the Netty client; subclasses say which server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AsyncConnectionContract {

	private static final AtomicInteger TABLES = new AtomicInteger();

	private final List<String> events = Collections.synchronizedList(new ArrayList<>());

	private final List<CallOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

	private SdkEventLoopGroup eventLoops;

	private AsyncConnection conn;

	private String table;

	/** The server's HTTP endpoint. */
	abstract URI endpoint();

	@BeforeAll
	void connect() {
		eventLoops = SdkEventLoopGroup.builder().numberOfThreads(2).build();
		conn = AsyncConnection.builder()
			.host(endpoint().toString())
			.region("us-east-1")
			.credentialsProvider(credentials())
			.maxAttempts(1)
			.listener(new Recorder())
			.build();
	}

	@AfterAll
	void close() {
		conn.close();
		eventLoops.eventLoopGroup().shutdownGracefully(0, 0, TimeUnit.SECONDS);
	}

	@BeforeEach
	void createTable() {
		table = "Async" + TABLES.incrementAndGet();
		await(conn.createTable(table, t -> t.hashKey("pk", S).rangeKey("sk", N).waitUntilActive()));
		events.clear();
		outcomes.clear();
	}

	@Test
	void putGetUpdateDeleteThroughFutures() {
		await(conn.putItem(table, "a", 1, Map.of("views", 1, "tags", List.of("x", "y"))));
		Map<String, Object> item = await(conn.getItem(table, "a", 1)).item();
		assertThat(item).containsEntry("pk", "a").containsEntry("views", new BigDecimal("1"))
			.containsEntry("tags", List.of("x", "y"));
		var updated = await(conn.updateItem(table, Key.of("a", 1), Update.increment("views", 2),
				o -> o.returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_NEW)));
		assertThat(updated.attributes()).containsEntry("views", new BigDecimal("3"));
		await(conn.deleteItem(table, "a", 1));
		assertThat(await(conn.getItem(table, "a", 1)).isFound()).isFalse();
		assertThat(events).contains("before PutItem", "after PutItem success", "after UpdateItem success",
				"after DeleteItem success");
	}

	@Test
	void aTableBoundViewRunsTheSameOperations() {
		AsyncTableConnection view = conn.table(table);
		await(view.putItem(Key.of("v", 1), Map.of("n", 5)));
		assertThat(await(view.getItem(Key.of("v", 1), o -> o.consistentRead(true))).item()).containsEntry("n", new BigDecimal("5"));
		assertThat(await(view.queryPages("v").allItems())).hasSize(1);
		assertThat(await(view.connection().batchGetItem(BatchGetSpec.of(table, List.of(Key.of("v", 1)), GetItemOptions.of(o -> o.consistentRead(true))))).items(table)).hasSize(1);
		assertThat(await(view.describeTable()).tableName()).isEqualTo(table);
	}

	@Test
	void tableOperationsAndTheirDescriptions() {
		assertThat(await(conn.listTables())).contains(table);
		var description = await(conn.describeTable(table));
		assertThat(description.tableName()).isEqualTo(table);
		assertThat(description.keySchema()).hasSize(2);
		var ttl = await(conn.updateTimeToLive(table, "expires", true));
		assertThat(ttl.attributeName()).isEqualTo("expires");
		assertThat(await(conn.describeTimeToLive(table)).attributeName()).isEqualTo("expires");
		await(conn.deleteTable(table));
		assertThat(await(conn.listTables())).doesNotContain(table);
	}

	@Test
	void aFailedConditionFailsTheFutureWithConditionalCheckFailedAndListenersSeeIt() {
		await(conn.putItem(table, "a", 1, Map.of("views", 1)));
		Throwable failure = failure(conn.putItem(table, Key.of("a", 1), Map.of("views", 2),
				o -> o.condition(Path.of("pk").notExists())));
		assertThat(failure).isInstanceOfSatisfying(ConditionalCheckFailedException.class, ex -> {
			assertThat(ex.operation()).isEqualTo("PutItem");
			assertThat(ex.tableNames()).containsExactly(table);
		});
		assertThat(await(conn.getItem(table, "a", 1)).item()).containsEntry("views", new BigDecimal("1"));
		assertThat(events).containsSubsequence("before PutItem", "after PutItem success", "before PutItem",
				"after PutItem ConditionalCheckFailedException");
		assertThat(outcomes).anySatisfy(outcome -> assertThat(outcome.error()).isSameAs(failure));
	}

	@Test
	void anUnknownTableFailsTheFutureWithTableDoesNotExist() {
		Throwable failure = failure(conn.getItem("NoSuchTable" + table, "a", 1));
		assertThat(failure).isInstanceOfSatisfying(TableDoesNotExistException.class, ex -> {
			assertThat(ex.operation()).isEqualTo("GetItem");
			assertThat(ex.tableName()).isEqualTo("NoSuchTable" + table);
			assertThat(ex.getMessage()).contains("'NoSuchTable" + table + "'");
		});
		assertThat(events).contains("before DescribeTable", "after DescribeTable ResourceNotFoundException");
	}

	@Test
	void badInputFailsTheFutureBeforeAnythingIsSent() {
		CompletableFuture<?> missingRange = conn.getItem(table, "a", null);
		assertThat(failure(missingRange)).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'sk'");
		assertThat(failure(conn.batchWriteItem(b -> {
		}))).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("empty");
		assertThat(events).doesNotContain("before GetItem");
	}

	@Test
	void batchesSplitIntoRequestsOf25And100() {
		List<Map<String, ?>> items = IntStream.range(0, 130).<Map<String, ?>>mapToObj(i -> Map.of("pk", "p", "sk", i, "n", i))
			.toList();
		var written = await(conn.batchWriteItem(table, items, null));
		assertThat(written.written()).isEqualTo(130);
		assertThat(written.requests()).isEqualTo(6);
		List<Key> keys = IntStream.range(0, 130).mapToObj(i -> Key.of("p", i)).toList();
		var read = await(conn.batchGetItem(table, keys));
		assertThat(read.requests()).isEqualTo(2);
		assertThat(read.items(table)).hasSize(130)
			.extracting(item -> ((BigDecimal) item.get("n")).intValue())
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, 130).boxed().toList());
		assertThat(events).containsSubsequence("before BatchWriteItem", "after BatchWriteItem success",
				"before BatchGetItem", "after BatchGetItem success");
	}

	@Test
	void unprocessedEntriesAnsweredTwiceAreRetriedUntilAllAreWritten() {
		UnprocessedInjector injector = new UnprocessedInjector(2, 5);
		try (Faulty faulty = faulty(injector, new BatchRetryPolicy(8, Duration.ofMillis(1), Duration.ofMillis(5)))) {
			List<Map<String, ?>> items = IntStream.range(0, 30).<Map<String, ?>>mapToObj(i -> Map.of("pk", "u", "sk", i))
				.toList();
			var written = await(faulty.conn().batchWriteItem(table, items, null));
			assertThat(injector.injected()).isEqualTo(2);
			assertThat(written.requests()).isEqualTo(4);
			assertThat(await(conn.query(table, "u", QueryOptions.defaults())).count()).isEqualTo(30);
		}
	}

	@Test
	void unprocessedKeysAreRetriedToo() {
		await(conn.batchWriteItem(table, IntStream.range(0, 20).<Map<String, ?>>mapToObj(i -> Map.of("pk", "k", "sk", i))
			.toList(), null));
		UnprocessedInjector injector = new UnprocessedInjector(2, 4);
		try (Faulty faulty = faulty(injector, new BatchRetryPolicy(8, Duration.ZERO, Duration.ZERO))) {
			var read = await(faulty.conn().batchGetItem(table, IntStream.range(0, 20).mapToObj(i -> Key.of("k", i)).toList()));
			assertThat(read.items(table)).hasSize(20);
			assertThat(read.requests()).isEqualTo(3);
		}
	}

	@Test
	void entriesStillUnprocessedAfterTheBoundFailTheFutureCarryingExactlyThem() {
		// every round withholds 3 entries but always sends one: 10 -> 7 sent, then 1 of 3, then 1 of 2; 1 left
		UnprocessedInjector injector = new UnprocessedInjector(Integer.MAX_VALUE, 3);
		try (Faulty faulty = faulty(injector, new BatchRetryPolicy(2, Duration.ZERO, Duration.ZERO))) {
			List<Map<String, ?>> items = IntStream.range(0, 10).<Map<String, ?>>mapToObj(i -> Map.of("pk", "b", "sk", i))
				.toList();
			Throwable failure = failure(faulty.conn().batchWriteItem(table, items, null));
			assertThat(failure).isInstanceOfSatisfying(BatchWriteException.class, ex -> {
				assertThat(ex.unprocessedItems()).containsOnlyKeys(table);
				assertThat(ex.unprocessedItems().get(table))
					.extracting(request -> request.putRequest().item().get("sk").n())
					.containsExactly("9");
			});
			assertThat(await(conn.query(table, "b", QueryOptions.defaults())).count()).isEqualTo(9);
			Throwable getFailure = failure(faulty.conn().batchGetItem(table, IntStream.range(0, 10).mapToObj(i -> Key.of("b", i))
				.toList()));
			assertThat(getFailure).isInstanceOfSatisfying(BatchGetException.class,
					ex -> assertThat(ex.unprocessedCount()).isEqualTo(1));
		}
	}

	@Test
	void aStreamedBatchKeepsItsBoundWithoutBlockingAndLosesNothing() {
		InFlight inFlight = new InFlight();
		DynamoDbAsyncClient client = client(ClientOverrideConfiguration.builder().addExecutionInterceptor(inFlight).build());
		try (AsyncConnection bounded = AsyncConnection.builder().client(client).batchConcurrency(3).build()) {
			Iterable<Map<String, ?>> lazy = () -> IntStream.range(0, 600).<Map<String, ?>>mapToObj(i -> Map.of("pk", "w", "sk", i))
				.iterator();
			assertThat(await(bounded.batchWriteItem(b -> b.putAll(table, lazy))).written()).isEqualTo(600);
			assertThat(await(conn.query(table, "w")).count()).isEqualTo(600);
			assertThat(await(bounded.parallelScan(table, 7))).hasSize(600);
			assertThat(inFlight.max()).isBetween(1, 3);
		}
		finally {
			client.close();
		}
	}

	@Test
	void aStreamedBatchFailingMidWayCarriesExactlyTheEntriesNotWritten() {
		UnprocessedInjector injector = new UnprocessedInjector(Integer.MAX_VALUE, 2);
		try (Faulty faulty = faulty(injector, new BatchRetryPolicy(1, Duration.ZERO, Duration.ZERO))) {
			List<Map<String, ?>> items = IntStream.range(0, 300).<Map<String, ?>>mapToObj(i -> Map.of("pk", "m", "sk", i))
				.toList();
			Throwable failure = failure(faulty.conn().batchWriteItem(b -> b.putAll(table, items).concurrency(3)));
			assertThat(failure).isInstanceOfSatisfying(BatchWriteException.class, ex -> {
				List<String> left = ex.unprocessedItems().get(table).stream()
					.map(request -> request.putRequest().item().get("sk").n()).toList();
				List<String> written = await(conn.query(table, "m")).items().stream()
					.map(item -> item.get("sk").toString()).toList();
				assertThat(left).doesNotHaveDuplicates().doesNotContainAnyElementsOf(written);
				assertThat(left.size() + written.size()).isEqualTo(300);
			});
		}
	}

	/** Counts the batch and scan requests on the wire at once. */
	private static final class InFlight implements software.amazon.awssdk.core.interceptor.ExecutionInterceptor {

		private final AtomicInteger now = new AtomicInteger();

		private final AtomicInteger max = new AtomicInteger();

		@Override
		public void beforeTransmission(software.amazon.awssdk.core.interceptor.Context.BeforeTransmission context,
				software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
			max.accumulateAndGet(now.incrementAndGet(), Math::max);
		}

		@Override
		public void afterTransmission(software.amazon.awssdk.core.interceptor.Context.AfterTransmission context,
				software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
			now.decrementAndGet();
		}

		int max() {
			return max.get();
		}

	}

	@Test
	void transactionsCommitAndCancelWithOneReasonPerItem() {
		await(conn.putItem(table, "acct", 1, Map.of("balance", 100)));
		await(conn.transactWriteItems(t -> t
			.update(table, Key.of("acct", 1), Update.decrement("balance", 30), Path.of("balance").ge(30))
			.put(table, Map.of("pk", "acct", "sk", 2, "balance", 30))));
		var read = await(conn.transactGetItems(t -> t.get(table, Key.of("acct", 1)).get(table, Key.of("acct", 2)).get(table, Key.of("acct", 3))));
		assertThat(read.item(0)).containsEntry("balance", new BigDecimal("70"));
		assertThat(read.item(1)).containsEntry("balance", new BigDecimal("30"));
		assertThat(read.item(2)).isNull();
		Throwable failure = failure(conn.transactWriteItems(t -> t
			.put(table, Map.of("pk", "acct", "sk", 4))
			.update(table, Key.of("acct", 1), Update.decrement("balance", 500), Path.of("balance").ge(500))));
		assertThat(failure).isInstanceOfSatisfying(TransactionCanceledException.class,
				ex -> assertThat(ex.reasonCodes()).containsExactly("None", "ConditionalCheckFailed"));
		assertThat(await(conn.getItem(table, "acct", 4)).isFound()).isFalse();
	}

	@Test
	void pagesArePublishedOnDemandUntilTheLastOne() {
		await(conn.batchWriteItem(table, IntStream.range(0, 25).<Map<String, ?>>mapToObj(i -> Map.of("pk", "q", "sk", i))
			.toList(), null));
		List<Page> pages = Collections.synchronizedList(new ArrayList<>());
		await(conn.queryPages(table, "q", o -> o.limit(10)).subscribe(pages::add));
		assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
		assertThat(pages.get(0).count()).isEqualTo(10);
		assertThat(pages.get(pages.size() - 1).hasMorePages()).isFalse();
		assertThat(await(conn.queryPages(table, "q", o -> o.limit(7)).allItems()))
			.extracting(item -> ((BigDecimal) item.get("sk")).intValue())
			.containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
		assertThat(await(conn.scanPages(table, o -> o.limit(4)).allItems())).hasSize(25);
		assertThat(await(conn.parallelScan(table, 3))).hasSize(25);
		assertThat(events.stream().filter("before Query"::equals).count()).isGreaterThanOrEqualTo(3 + 4);
	}

	@Test
	void aFailingPageEndsThePublisherWithTheConnectionsException() {
		List<Page> pages = Collections.synchronizedList(new ArrayList<>());
		Throwable failure = failure(conn.scanPages("Missing" + table).subscribe(pages::add));
		assertThat(failure).isInstanceOfSatisfying(TableDoesNotExistException.class,
				ex -> assertThat(ex.operation()).isEqualTo("Scan"));
		assertThat(pages).isEmpty();
		assertThat(events).contains("after Scan ResourceNotFoundException");
	}

	@Test
	void concurrentFirstUsesShareOneDescribeTable() {
		List<CompletableFuture<?>> gets = new ArrayList<>();
		try (DynamoDbAsyncClient client = client(ClientOverrideConfiguration.builder().build());
				AsyncConnection fresh = AsyncConnection.builder().client(client).listener(new Recorder()).build()) {
			for (int i = 0; i < 8; i++) {
				gets.add(fresh.getItem(table, "none", i));
			}
			gets.forEach(AsyncConnectionContract::await);
		}
		assertThat(events.stream().filter("before DescribeTable"::equals).count()).isEqualTo(1);
		assertThat(events.stream().filter("after GetItem success"::equals).count()).isEqualTo(8);
	}

	@Test
	void aTableRecreatedWithAnotherKeySchemaIsDescribedAgainAndTheCallRepeated() {
		await(conn.putItem(table, "a", 1, Map.of()));
		try (DynamoDbAsyncClient client = client(ClientOverrideConfiguration.builder().build())) {
			await(client.deleteTable(r -> r.tableName(table)));
			await(client.createTable(r -> r.tableName(table).billingMode("PAY_PER_REQUEST")
				.attributeDefinitions(d -> d.attributeName("id").attributeType("S"))
				.keySchema(k -> k.attributeName("id").keyType("HASH"))));
		}
		await(conn.putItem(table, Map.of("id", "x", "v", 1)));
		assertThat(await(conn.getItem(table, "x", null)).item()).containsEntry("v", new BigDecimal("1"));
		await(conn.batchWriteItem(table, List.of(Map.of("id", "y")), null));
		assertThat(await(conn.batchGetItem(table, List.of(Key.of("x"), Key.of("y")))).items(table)).hasSize(2);
		assertThat(events).contains("before DescribeTable");
	}

	@Test
	void theTablePrefixIsSentButNeverReported() {
		try (DynamoDbAsyncClient client = client(ClientOverrideConfiguration.builder().build());
				AsyncConnection dev = AsyncConnection.builder().client(client).tablePrefix("dev_").listener(new Recorder()).build()) {
			await(dev.createTable(table, t -> t.hashKey("pk", S).rangeKey("sk", N).waitUntilActive()));
			assertThat(await(conn.listTables())).contains(table, "dev_" + table);
			assertThat(await(dev.listTables())).contains(table).allMatch(name -> !name.startsWith("dev_"));
			await(dev.putItem(table, "p", 1, Map.of("views", 3)));
			assertThat(await(conn.getItem(table, "p", 1)).isFound()).isFalse();
			var result = await(dev.executeStatement("SELECT * FROM \"dev_" + table + "\" WHERE pk = ? AND sk = ?",
					List.of("p", 1)));
			assertThat(result.items()).singleElement().satisfies(item -> assertThat(item).containsEntry("views", new BigDecimal("3")));
			assertThat(events).contains("after PutItem success", "after ExecuteStatement success");
		}
	}

	@Test
	void extraHeadersGoOnTheWireUnsigned() {
		RecordingAsyncHttpClient recording = new RecordingAsyncHttpClient(
				NettyNioAsyncHttpClient.builder().eventLoopGroup(eventLoops).build());
		try (recording; AsyncConnection headed = AsyncConnection.builder().host(endpoint().toString()).region("us-east-1")
			.credentialsProvider(credentials()).httpClient(recording).extraHeaders(Map.of("X-Tenant-Id", "blue")).build()) {
			await(headed.getItem(table, "p", 1));
		}
		assertThat(recording.requests()).isNotEmpty().allSatisfy(request -> {
			assertThat(request.firstMatchingHeader("X-Tenant-Id")).contains("blue");
			assertThat(request.firstMatchingHeader("Authorization")).get().asString()
				.contains("SignedHeaders=").doesNotContainIgnoringCase("x-tenant-id");
		});
	}

	@Test
	void aWrappedClientExcludesClientSettings() {
		try (DynamoDbAsyncClient client = client(ClientOverrideConfiguration.builder().build())) {
			assertThatThrownBy(() -> AsyncConnection.builder().client(client).region("eu-west-1").maxAttempts(2).build())
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("region").hasMessageContaining("maxAttempts");
		}
	}

	private Faulty faulty(UnprocessedInjector injector, BatchRetryPolicy policy) {
		DynamoDbAsyncClient client = client(ClientOverrideConfiguration.builder().addExecutionInterceptor(injector).build());
		return new Faulty(AsyncConnection.builder().client(client).batchRetryPolicy(policy).build(), client);
	}

	/** A client on this class's event loops (so closing it is quick), one attempt per call. */
	private DynamoDbAsyncClient client(ClientOverrideConfiguration configuration) {
		return DynamoDbAsyncClient.builder()
			.httpClientBuilder(NettyNioAsyncHttpClient.builder().eventLoopGroup(eventLoops))
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials())
			.overrideConfiguration(configuration.toBuilder().retryStrategy(AwsRetryStrategy.doNotRetry()).build())
			.build();
	}

	private static StaticCredentialsProvider credentials() {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
	}

	static <T> T await(CompletableFuture<T> future) {
		try {
			return future.get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw new AssertionError("the future failed", ex.getCause());
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	static Throwable failure(CompletableFuture<?> future) {
		try {
			future.get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		throw new AssertionError("the future succeeded");
	}

	/** A connection wrapping a client with the fault injector; closing it closes the client too. */
	private record Faulty(AsyncConnection conn, DynamoDbAsyncClient client) implements AutoCloseable {

		@Override
		public void close() {
			conn.close();
			client.close();
		}

	}

	private final class Recorder implements ConnectionListener {

		@Override
		public void beforeCall(CallContext context) {
			events.add("before " + context.operation());
		}

		@Override
		public void afterCall(CallContext context, CallOutcome outcome) {
			events.add("after " + context.operation() + " " + outcome.outcomeTag());
			outcomes.add(outcome);
		}

	}

}
