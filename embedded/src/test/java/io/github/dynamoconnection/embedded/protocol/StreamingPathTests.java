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
 * The engine's streaming path (GetItem, PutItem read and answered without a JSON tree) against the
 * tree path: two engines get the same requests, one with the streaming path and one without, and
 * every answer must be the same bytes with the same status; the plain requests must take the
 * streaming path, and every other one (nulls, duplicates, expressions, invalid values, malformed
 * JSON) must leave it to the tree path before anything ran.
 */
class StreamingPathTests {

	private static final String TABLE = "{\"TableName\":\"Things\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
			+ "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
			+ "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}";

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
		assertThat(treeHandler.handle(request("CreateTable", TABLE)).status()).isEqualTo(200);
		assertThat(streamingHandler.handle(request("CreateTable", TABLE)).status()).isEqualTo(200);
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
