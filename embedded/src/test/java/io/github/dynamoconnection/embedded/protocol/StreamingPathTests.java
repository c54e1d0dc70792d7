package io.github.dynamoconnection.embedded.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.Namespace;
import io.github.dynamoconnection.embedded.engine.EngineSettings;
import io.github.dynamoconnection.embedded.engine.InMemoryEngine;
import tools.jackson.databind.node.ObjectNode;

/**
 * The engine's streaming path (GetItem, PutItem, BatchWriteItem read and answered without a JSON
 * tree) against the tree path: two engines get the same requests, one with the streaming path and
 * one without, and every answer must be the same bytes with the same status; the plain requests
 * must take the streaming path, and every other one (nulls, duplicates, expressions, invalid
 * values, malformed JSON) must leave it to the tree path before anything ran.
 */
class StreamingPathTests {

	private static final String TABLE = "{\"TableName\":\"Things\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
			+ "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
			+ "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}";

	/** A second table, with a local secondary index (its writes answer ItemCollectionMetrics). */
	private static final String INDEXED_TABLE = "{\"TableName\":\"Indexed\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
			+ "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
			+ "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"},{\"AttributeName\":\"alt\",\"AttributeType\":\"S\"}],"
			+ "\"LocalSecondaryIndexes\":[{\"IndexName\":\"byAlt\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
			+ "{\"AttributeName\":\"alt\",\"KeyType\":\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"}}],"
			+ "\"BillingMode\":\"PAY_PER_REQUEST\"}";

	private static final String FULL_ITEM = "{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"},\"name\":{\"S\":\"caf\\u00e9 \\\"quoted\\\"\"},"
			+ "\"age\":{\"N\":\"-0.50\"},\"on\":{\"BOOL\":true},\"off\":{\"BOOL\":false},\"none\":{\"NULL\":true},"
			+ "\"tags\":{\"SS\":[\"a\",\"b\"]},\"scores\":{\"NS\":[\"1\",\"2.5\",\"1E+3\"]},\"blob\":{\"B\":\"AAEC\"},"
			+ "\"list\":{\"L\":[{\"S\":\"x\"},{\"N\":\"7\"},{\"M\":{\"deep\":{\"L\":[]}}},{\"NULL\":true},{\"B\":\"AA==\"}]},"
			+ "\"map\":{\"M\":{\"inner\":{\"M\":{}},\"n\":{\"N\":\"0\"}}}}";

	private final CountingEngine streaming = new CountingEngine(new InMemoryEngine(EngineSettings.defaults()));

	private final TreeOnlyEngine tree = new TreeOnlyEngine(new InMemoryEngine(EngineSettings.defaults()));

	private final JsonProtocolHandler streamingHandler = new JsonProtocolHandler(streaming);

	private final JsonProtocolHandler treeHandler = new JsonProtocolHandler(tree);

	@AfterEach
	void close() {
		streaming.close();
		tree.close();
	}

	@Test
	void plainGetsAndPutsTakeTheStreamingPathAndAnswerTheTreePathsBytes() {
		createTable();
		same("PutItem", "{\"TableName\":\"Things\",\"Item\":" + FULL_ITEM + "}", true);
		same("GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}}", true);
		same("GetItem", "{\"Key\":{\"sk\":{\"N\":\"1.0\"},\"pk\":{\"S\":\"p\"}},\"ConsistentRead\":true,"
				+ "\"ReturnConsumedCapacity\":\"TOTAL\",\"TableName\":\"Things\"}", true);
		same("GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}},"
				+ "\"ConsistentRead\":false,\"ReturnConsumedCapacity\":\"INDEXES\"}", true);
		same("PutItem", "{\"TableName\":\"Things\",\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"},\"v\":{\"N\":\"2\"}},"
				+ "\"ReturnValues\":\"ALL_OLD\",\"ReturnConsumedCapacity\":\"TOTAL\",\"ReturnItemCollectionMetrics\":\"SIZE\"}", true);
		same("PutItem", "{\"TableName\":\"Things\",\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"2\"}},\"ReturnValues\":\"NONE\"}", true);
		assertThat(streaming.streamed).isEqualTo(6);
	}

	@Test
	void aMissingItemAnswersAnEmptyObject() {
		createTable();
		same("GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"9\"}}}", true);
		same("GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"9\"}},"
				+ "\"ReturnConsumedCapacity\":\"TOTAL\"}", true);
		assertThat(new String(streamingHandler.handle(request("GetItem",
				"{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"9\"}}}")).body(),
				StandardCharsets.UTF_8)).isEqualTo("{}");
	}

	@Test
	void engineErrorsOfStreamedRequestsAreTheTreePaths() {
		same("GetItem", "{\"TableName\":\"Missing\",\"Key\":{\"pk\":{\"S\":\"p\"}}}", true);
		same("PutItem", "{\"TableName\":\"Missing\",\"Item\":{\"pk\":{\"S\":\"p\"}}}", true);
		createTable();
		same("GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"}}}", true);
		same("GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"1\"}}}", true);
		same("PutItem", "{\"TableName\":\"Things\",\"Item\":{\"pk\":{\"S\":\"\"},\"sk\":{\"N\":\"1\"}}}", true);
		same("PutItem", "{\"TableName\":\"Things\",\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"},\"big\":{\"S\":\""
				+ "x".repeat(400 * 1024) + "\"}}}", true);
		same("PutItem", "{\"TableName\":\"Things\",\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"},\"n\":{\"N\":\"1E+200\"}}}", false);
	}

	@Test
	void everyOtherShapeIsLeftToTheTreePathBeforeAnythingRan() {
		createTable();
		String key = "\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}";
		String item = "\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"},";
		List<String[]> cases = List.of(
				new String[] { "GetItem", "{\"TableName\":\"Things\"," + key + ",\"ProjectionExpression\":\"pk\"}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\"," + key + ",\"ConsistentRead\":null}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\"," + key + ",\"ConsistentRead\":\"true\"}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\",\"TableName\":\"Things\"," + key + "}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\"," + key + ",\"Extra\":1}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\",\"Key\":{}}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\"}" },
				new String[] { "GetItem", "{\"TableName\":\"ab\"," + key + "}" },
				new String[] { "GetItem", "{\"TableName\":\"arn:aws:dynamodb:us-east-1:000000000000:table/Things\"," + key + "}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\"," + key + ",\"ReturnConsumedCapacity\":\"ALL\"}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\"," + key + "} {}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\"," + key },
				new String[] { "GetItem", "[]" },
				new String[] { "GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\",\"N\":\"1\"},\"sk\":{\"N\":\"1\"}}}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"X\":\"p\"},\"sk\":{\"N\":\"1\"}}}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"one\"}}}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":\"p\"},\"pk\":{\"S\":\"q\"},\"sk\":{\"N\":\"1\"}}}" },
				new String[] { "GetItem", "{\"TableName\":\"Things\",\"Key\":{\"pk\":{\"S\":1},\"sk\":{\"N\":\"1\"}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"e\":{\"SS\":[]}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"d\":{\"SS\":[\"a\",\"a\"]}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"d\":{\"NS\":[\"1\",\"1.0\"]}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"n\":{\"NULL\":false}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"b\":{\"B\":\"AAE\"}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"b\":{\"B\":\"AAF=\"}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"b\":{\"BS\":[\"AA==\"]}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"l\":{\"L\":[null]}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"\":{\"S\":\"empty name\"}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"s\":{\"S\":null}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"s\":{}}}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"v\":{\"N\":\"1\"}},\"ReturnValues\":\"ALL_NEW\"}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"v\":{\"N\":\"1\"}},"
						+ "\"ConditionExpression\":\"attribute_not_exists(pk)\"}" },
				new String[] { "PutItem", "{\"TableName\":\"Things\"," + item + "\"v\":{\"N\":\" 1\"}}}" });
		for (String[] request : cases) {
			same(request[0], request[1], false);
		}
		assertThat(streaming.streamed).isZero();
	}

	@Test
	void plainBatchWritesTakeTheStreamingPathAndWriteWhatTheTreePathWrites() {
		createTable();
		createTable(INDEXED_TABLE);
		same("BatchWriteItem", batch("\"Things\":[" + put("p", 1, ",\"v\":{\"N\":\"1\"}") + "," + put("p", 2, "") + "," + delete("p", 3) + "],"
				+ "\"Indexed\":[" + put("p", 1, ",\"alt\":{\"S\":\"a\"}") + "," + put("q", 1, "") + "]"), true);
		same("BatchWriteItem", batch("\"Indexed\":[" + put("p", 2, ",\"alt\":{\"S\":\"b\"}") + "," + delete("q", 1) + "],"
				+ "\"Things\":[" + delete("p", 2) + "," + put("p", 4, FULL_ITEM.substring(FULL_ITEM.indexOf(",\"name\""), FULL_ITEM.length() - 1)) + "]",
				",\"ReturnConsumedCapacity\":\"INDEXES\",\"ReturnItemCollectionMetrics\":\"SIZE\""), true);
		same("BatchWriteItem", batch("\"Indexed\":[" + delete("p", 1) + "," + delete("z", 9) + "]",
				",\"ReturnItemCollectionMetrics\":\"SIZE\",\"ReturnConsumedCapacity\":\"TOTAL\""), true);
		same("BatchWriteItem", batch("\"Things\":[" + delete("missing", 1) + "]", ",\"ReturnConsumedCapacity\":\"NONE\","
				+ "\"ReturnItemCollectionMetrics\":\"NONE\""), true);
		same("BatchWriteItem", batch("\"Things\":[" + puts("n", 0, 20) + "],\"Indexed\":[" + puts("n", 0, 5) + "]",
				",\"ReturnItemCollectionMetrics\":\"SIZE\""), true);
		assertThat(streaming.streamed).isEqualTo(5);
		for (String key : List.of("\"p\"},\"sk\":{\"N\":\"1\"", "\"p\"},\"sk\":{\"N\":\"4\"", "\"n\"},\"sk\":{\"N\":\"19\"")) {
			stored("Things", key);
		}
		stored("Indexed", "\"p\"},\"sk\":{\"N\":\"2\"");
		stored("Indexed", "\"n\"},\"sk\":{\"N\":\"4\"");
		for (String key : List.of("\"p\"},\"sk\":{\"N\":\"2\"", "\"p\"},\"sk\":{\"N\":\"3\"")) {
			absent("Things", key);
		}
		absent("Indexed", "\"p\"},\"sk\":{\"N\":\"1\"");
		absent("Indexed", "\"q\"},\"sk\":{\"N\":\"1\"");
	}

	@Test
	void engineErrorsOfStreamedBatchWritesAreTheTreePathsInTheTreePathsOrder() {
		createTable();
		String valid = "[" + put("p", 1, "") + "]";
		String invalidKey = "[" + put("p", 2, "") + "," + put("p", "{\"S\":\"1\"}", "") + "]";
		same("BatchWriteItem", batch("\"Missing\":" + valid + ",\"Things\":" + valid), true);
		same("BatchWriteItem", batch("\"Things\":" + valid + ",\"Missing\":" + valid), true);
		same("BatchWriteItem", batch("\"Missing\":" + valid + ",\"Things\":" + invalidKey), true);
		same("BatchWriteItem", batch("\"Things\":" + invalidKey + ",\"Missing\":" + valid), true);
		same("BatchWriteItem", batch("\"Things\":[" + put("p", 1, "") + "," + delete("p", 1) + "],\"Missing\":" + valid), true);
		same("BatchWriteItem", batch("\"Things\":[" + put("p", 1, "") + "," + put("p", "{\"N\":\"1.0\"}", "") + "]"), true);
		same("BatchWriteItem", batch("\"Things\":[" + delete("p", 1) + ",{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"p\"}}}}]"), true);
		same("BatchWriteItem", batch("\"Things\":[{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"},"
				+ "\"v\":{\"N\":\"1\"}}}}]"), true);
		same("BatchWriteItem", batch("\"Things\":[" + put("", 1, "") + "]"), true);
		same("BatchWriteItem", batch("\"Things\":[" + put("p", 5, "") + "," + put("p", 6, ",\"big\":{\"S\":\""
				+ "x".repeat(400 * 1024) + "\"}") + "]"), true);
		assertThat(streaming.streamed).isEqualTo(10);
		absent("Things", "\"p\"},\"sk\":{\"N\":\"1\"");
		absent("Things", "\"p\"},\"sk\":{\"N\":\"5\"");
	}

	@Test
	void everyOtherBatchWriteShapeIsLeftToTheTreePathBeforeAnythingRan() {
		createTable();
		createTable(INDEXED_TABLE);
		String write = put("p", 1, "");
		String valid = "\"Things\":[" + write + "]";
		List<String> cases = List.of(
				"{}",
				"{\"RequestItems\":null}",
				"{\"RequestItems\":{}}",
				"{\"RequestItems\":[]}",
				"{\"RequestItems\":{" + valid + "},\"RequestItems\":{" + valid + "}}",
				"{\"RequestItems\":{" + valid + "},\"Extra\":1}",
				"{\"RequestItems\":{" + valid + "},\"ReturnConsumedCapacity\":null}",
				"{\"RequestItems\":{" + valid + "},\"ReturnConsumedCapacity\":\"ALL\"}",
				"{\"RequestItems\":{" + valid + "},\"ReturnItemCollectionMetrics\":\"COUNT\"}",
				"{\"RequestItems\":{" + valid + "},\"ReturnItemCollectionMetrics\":\"SIZE\",\"ReturnItemCollectionMetrics\":\"SIZE\"}",
				"{\"RequestItems\":{" + valid + "}} {}",
				"{\"RequestItems\":{" + valid + "}",
				"[{\"RequestItems\":{" + valid + "}}]",
				batch(valid + "," + valid),
				batch("\"Things\":null"),
				batch("\"Things\":[]"),
				batch("\"Things\":{}"),
				batch("\"Things\":[null]"),
				batch("\"Things\":[" + write + ",null]"),
				batch("\"Things\":[" + write + ",[]]"),
				batch("\"ab\":[" + write + "]"),
				batch("\"bad name!\":[" + write + "]"),
				batch("\"" + "t".repeat(256) + "\":[" + write + "]"),
				batch("\"arn:aws:dynamodb:us-east-1:000000000000:table/Things\":[" + write + "]"),
				batch("\"Things\":[" + puts("n", 0, 26) + "]"),
				batch("\"Things\":[" + puts("n", 0, 20) + "],\"Indexed\":[" + puts("n", 0, 6) + "]"),
				batch("\"Missing\":[" + puts("n", 0, 20) + "],\"Indexed\":[" + puts("n", 0, 6) + "]"),
				batch("\"Things\":[{}]"),
				batch("\"Things\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}},"
						+ "\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}}}]"),
				batch("\"Things\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}},\"Extra\":1}]"),
				batch("\"Things\":[{\"PutRequest\":null}]"),
				batch("\"Things\":[{\"PutRequest\":{}}]"),
				batch("\"Things\":[{\"PutRequest\":{\"Item\":null}}]"),
				batch("\"Things\":[{\"PutRequest\":{\"Item\":{}}}]"),
				batch("\"Things\":[{\"DeleteRequest\":{\"Key\":{}}}]"),
				batch("\"Things\":[{\"PutRequest\":{\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}}}]"),
				batch("\"Things\":[{\"DeleteRequest\":{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}}}]"),
				batch("\"Things\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}},\"Extra\":1}}]"),
				batch("\"Things\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}},"
						+ "\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"2\"}}}}]"),
				batch("\"Things\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}},"
						+ "\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"2\"}}}}]"),
				batch("\"Things\":[" + put("p", 1, ",\"s\":{\"SS\":[]}") + "]"),
				batch("\"Things\":[" + put("p", 1, ",\"n\":{\"N\":\"1E+200\"}") + "]"),
				batch("\"Things\":[" + put("p", 1, ",\"n\":{\"N\":\"one\"}") + "]"),
				batch("\"Things\":[" + put("p", 1, ",\"s\":{\"S\":null}") + "]"),
				batch("\"Things\":[" + put("p", 1, ",\"\":{\"S\":\"empty name\"}") + "]"),
				batch("\"Things\":[" + put("p", 1, ",\"b\":{\"BS\":[\"AA==\"]}") + "]"),
				batch("\"Things\":[" + put("p", 1, ",\"v\":{\"N\":\"1\"},\"v\":{\"N\":\"2\"}") + "]"),
				batch("\"Things\":[{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":1}}}}]"));
		for (String request : cases) {
			same("BatchWriteItem", request, false);
		}
		assertThat(streaming.streamed).isZero();
		getItem("Things", "\"p\"},\"sk\":{\"N\":\"1\"");
	}

	/** A BatchWriteItem body: {@code requestItems} inside RequestItems, then {@code options} (each led by a comma). */
	private static String batch(String requestItems, String options) {
		return "{\"RequestItems\":{" + requestItems + "}" + options + "}";
	}

	private static String batch(String requestItems) {
		return batch(requestItems, "");
	}

	private static String put(String pk, int sk, String more) {
		return put(pk, "{\"N\":\"" + sk + "\"}", more);
	}

	/** A PutRequest of pk, sk (an attribute value) and {@code more} attributes (led by a comma). */
	private static String put(String pk, String sk, String more) {
		return "{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"" + pk + "\"},\"sk\":" + sk + more + "}}}";
	}

	private static String delete(String pk, int sk) {
		return "{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"" + pk + "\"},\"sk\":{\"N\":\"" + sk + "\"}}}}";
	}

	/** Puts of {@code pk} with sort keys {@code from} to {@code from + count - 1}, comma-separated. */
	private static String puts(String pk, int from, int count) {
		StringBuilder puts = new StringBuilder();
		for (int sk = from; sk < from + count; sk++) {
			puts.append((puts.length() > 0) ? "," : "").append(put(pk, sk, ",\"n\":{\"N\":\"" + sk + "\"}"));
		}
		return puts.toString();
	}

	/** GetItem of {@code key} answers the same item in both engines (as the streaming path reads it). */
	private void stored(String table, String key) {
		assertThat(getItem(table, key)).contains("\"Item\"");
	}

	/** GetItem of {@code key} answers no item in either engine. */
	private void absent(String table, String key) {
		assertThat(getItem(table, key)).isEqualTo("{}");
	}

	/** GetItem of {@code key}: the same answer from both engines, as the tree path gives it. */
	private String getItem(String table, String key) {
		String body = "{\"TableName\":\"" + table + "\",\"Key\":{\"pk\":{\"S\":" + key + "}}}";
		same("GetItem", body, true);
		return new String(treeHandler.handle(request("GetItem", body)).body(), StandardCharsets.UTF_8);
	}

	@Test
	void queriesStreamTheirPageWithTheTreePathsBytesAndErrors() {
		same("Query", "{\"TableName\":\"Things\",\"KeyConditionExpression\":\"pk = :p\","
				+ "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"}}}", true);
		createTable();
		String partition = "{\"TableName\":\"Things\",\"KeyConditionExpression\":\"pk = :p\","
				+ "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"}}";
		same("Query", partition + "}", true);
		for (int i = 0; i < 5; i++) {
			same("PutItem", "{\"TableName\":\"Things\",\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"" + i
					+ "\"},\"even\":{\"BOOL\":" + (i % 2 == 0) + "},\"tags\":{\"SS\":[\"t" + i + "\"]}}}", true);
		}
		same("Query", partition + "}", true);
		same("Query", partition + ",\"Limit\":2,\"ScanIndexForward\":false,\"ReturnConsumedCapacity\":\"INDEXES\"}", true);
		same("Query", partition + ",\"Limit\":5}", true);
		same("Query", partition + ",\"Select\":\"COUNT\",\"ReturnConsumedCapacity\":\"TOTAL\"}", true);
		same("Query", partition + ",\"FilterExpression\":\"even = :t\",\"ProjectionExpression\":\"sk, tags\","
				+ "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"},\":t\":{\"BOOL\":true}}}", true);
		same("Query", "{\"TableName\":\"Things\",\"KeyConditionExpression\":\"pk = :p\",\"FilterExpression\":\"even = :t\","
				+ "\"ProjectionExpression\":\"sk, tags\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"},\":t\":{\"BOOL\":true}}}", true);
		same("Query", partition + ",\"ExclusiveStartKey\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}}", true);
		same("Query", partition + ",\"Limit\":0}", true);
		same("Query", partition + ",\"Limit\":\"2\"}", true);
		same("Query", partition, false);
		same("Query", "[" + partition + "}]", false);
		same("Query", partition + "} {}", false);
	}

	/** Creates the table in both engines (its answers differ by creation time and id). */
	private void createTable() {
		createTable(TABLE);
	}

	private void createTable(String table) {
		assertThat(treeHandler.handle(request("CreateTable", table)).status()).isEqualTo(200);
		assertThat(streamingHandler.handle(request("CreateTable", table)).status()).isEqualTo(200);
	}

	/** Sends the request to both engines: same status, same bytes, and the streaming path taken or not. */
	private void same(String operation, String body, boolean streamed) {
		int before = streaming.streamed;
		ProtocolResponse expected = treeHandler.handle(request(operation, body));
		ProtocolResponse actual = streamingHandler.handle(request(operation, body));
		assertThat(new String(actual.body(), StandardCharsets.UTF_8)).as(body)
			.isEqualTo(new String(expected.body(), StandardCharsets.UTF_8));
		assertThat(actual.status()).as(body).isEqualTo(expected.status());
		assertThat(actual.crc32Header()).isEqualTo(expected.crc32Header());
		assertThat(streaming.streamed - before).as("streamed: " + body).isEqualTo(streamed ? 1 : 0);
	}

	private static ProtocolRequest request(String operation, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return SignedRequests.of("DynamoDB_20120810." + operation, bytes, 0, bytes.length);
	}

	/** The engine without its streaming path: every request takes the tree path. */
	private static class TreeOnlyEngine implements Engine {

		final Engine delegate;

		TreeOnlyEngine(Engine delegate) {
			this.delegate = delegate;
		}

		@Override
		public ObjectNode execute(String operation, ObjectNode request) {
			return delegate.execute(operation, request);
		}

		@Override
		public void close() {
			delegate.close();
		}

	}

	/** The engine with its streaming path, counting the requests that path took (answered or failed). */
	private static final class CountingEngine extends TreeOnlyEngine {

		private int streamed;

		CountingEngine(Engine delegate) {
			super(delegate);
		}

		@Override
		public byte[] executeStreaming(Namespace namespace, String operation, byte[] body, int offset, int length) {
			try {
				byte[] answer = delegate.executeStreaming(namespace, operation, body, offset, length);
				streamed += (answer != null) ? 1 : 0;
				return answer;
			}
			catch (RuntimeException ex) {
				streamed++;
				throw ex;
			}
		}

	}

}
