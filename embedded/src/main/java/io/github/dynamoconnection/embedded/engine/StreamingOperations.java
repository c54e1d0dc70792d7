package io.github.dynamoconnection.embedded.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.dynamoconnection.embedded.engine.BatchOperations.PendingWrite;
import io.github.dynamoconnection.embedded.engine.BatchOperations.TableWrites;
import io.github.dynamoconnection.embedded.json.DynamoJsonMappers;
import io.github.dynamoconnection.embedded.json.JsonTrees;
import io.github.dynamoconnection.embedded.json.NotStreamable;
import io.github.dynamoconnection.embedded.json.StreamingAttributeValues;
import io.github.dynamoconnection.embedded.validation.RequestValidator;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hot operations answered into bytes with Jackson's streaming API, with no JSON tree for the
 * items answered.
 * <ul>
 * <li>GetItem, PutItem and BatchWriteItem are also read straight from the request's bytes, with no
 * tree. This path takes only requests in the plain shape that passes DynamoDB's validation
 * unchanged: the table name, the key or item, and the options that need no expression
 * (ConsistentRead, ReturnConsumedCapacity, ReturnValues NONE or ALL_OLD,
 * ReturnItemCollectionMetrics); for BatchWriteItem, RequestItems of plain table names, each with a
 * non-empty list of PutRequest items and DeleteRequest keys, 25 writes at most. Anything else (a
 * null, another member, a duplicate, an expression, an invalid value, malformed JSON) answers
 * {@code null} before anything ran, and the tree path runs the request with its exact errors.</li>
 * <li>Query is read as a tree (its request is small, its answer a page of items) and validated as
 * the tree path validates it.</li>
 * </ul>
 * Past the read, both paths run the same {@link ItemOperations}, {@link ReadOperations} and
 * {@link BatchOperations} code.
 * Thread-safe.
 */
final class StreamingOperations {

	private static final JsonMapper TREES = DynamoJsonMappers.requests();

	private static final TokenStreamFactory JSON = TREES.tokenStreamFactory();

	private static final List<String> PUT_RETURN_VALUES = List.of("NONE", "ALL_OLD");

	private static final List<String> METRICS = List.of("SIZE", "NONE");

	private final ItemOperations items;

	private final ReadOperations reads;

	private final BatchOperations batches;

	private final RequestValidator validator;

	StreamingOperations(ItemOperations items, ReadOperations reads, BatchOperations batches, RequestValidator validator) {
		this.items = items;
		this.reads = reads;
		this.batches = batches;
		this.validator = validator;
	}

	/**
	 * Runs {@code operation} on {@code body} when this path takes it (Query: every request that is a
	 * JSON object).
	 * @return the response body, or {@code null} when the tree path must run the request
	 */
	byte[] execute(String operation, byte[] body, int offset, int length) {
		if ("GetItem".equals(operation)) {
			GetItem request = read(GetItem::read, body, offset, length);
			return (request != null) ? getItem(request) : null;
		}
		if ("PutItem".equals(operation)) {
			PutItem request = read(PutItem::read, body, offset, length);
			return (request != null) ? putItem(request) : null;
		}
		if ("BatchWriteItem".equals(operation)) {
			BatchWriteItem request = read(BatchWriteItem::read, body, offset, length);
			return (request != null) ? batchWriteItem(request) : null;
		}
		if ("Query".equals(operation)) {
			ObjectNode request = tree(body, offset, length);
			return (request != null) ? query(request) : null;
		}
		return null;
	}

	/** The request as a tree, {@code null} when it is not a JSON object (the tree path answers why). */
	private static ObjectNode tree(byte[] body, int offset, int length) {
		try {
			JsonNode request = TREES.readTree(body, offset, length);
			return (request instanceof ObjectNode object) ? object : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Query: read as a tree (its request is small) and validated as the tree path does; the page is streamed. */
	private byte[] query(ObjectNode request) {
		InMemoryEngine.requireValid(validator, "Query", request);
		return bytes(1024, reads.queryPage(request)::write);
	}

	/** The request {@code reader} reads, {@code null} when it is not this path's (nothing has run yet). */
	private static <T> T read(Function<JsonParser, T> reader, byte[] body, int offset, int length) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body, offset, length)) {
			StreamingAttributeValues.expect(parser.nextToken(), JsonToken.START_OBJECT);
			T request = reader.apply(parser);
			StreamingAttributeValues.expect(parser.currentToken(), JsonToken.END_OBJECT);
			return (parser.nextToken() == null) ? request : null;
		}
		catch (NotStreamable | JacksonException ex) {
			return null;
		}
	}

	private byte[] getItem(GetItem request) {
		return bytes(256, items.getItem(request.tableName, request.key, Boolean.TRUE.equals(request.consistentRead),
				request.capacityMode, null)::write);
	}

	private byte[] putItem(PutItem request) {
		return written(items.putItem(request.tableName, request.item, request.returnValues, null,
				new ItemOperations.WriteOptions(request.capacityMode, request.metricsMode)));
	}

	private byte[] batchWriteItem(BatchWriteItem request) {
		return written(batches.batchWriteItem(request.tables, request.capacityMode, request.metricsMode));
	}

	/** A write's small answer (no items), written with the generator. */
	private static byte[] written(ObjectNode response) {
		return bytes(64, (generator) -> JsonTrees.write(generator, response));
	}

	/** The JSON {@code writer} writes, as bytes. */
	private static byte[] bytes(int expectedSize, Consumer<JsonGenerator> writer) {
		ByteArrayBuilder out = new ByteArrayBuilder(expectedSize);
		try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
			writer.accept(generator);
		}
		return out.toByteArray();
	}

	/** A GetItem request's members as read. */
	private static final class GetItem {

		private String tableName;

		private Map<String, Value> key;

		private Boolean consistentRead;

		private String capacityMode;

		static GetItem read(JsonParser parser) {
			GetItem request = new GetItem();
			String member;
			while ((member = parser.nextName()) != null) {
				switch (member) {
					case "TableName" -> request.tableName = once(request.tableName, tableName(parser));
					case "Key" -> request.key = once(request.key, attributes(parser));
					case "ConsistentRead" -> request.consistentRead = once(request.consistentRead, bool(parser));
					case "ReturnConsumedCapacity" -> request.capacityMode = once(request.capacityMode,
							oneOf(parser, ItemOperations.CONSUMED_CAPACITY));
					default -> throw NotStreamable.INSTANCE;
				}
			}
			return required(request, request.tableName, request.key);
		}

	}

	/** The answer options of a write request as read: ReturnConsumedCapacity, ReturnItemCollectionMetrics. */
	private abstract static class AnswerOptions {

		String capacityMode;

		String metricsMode;

		/** Reads {@code member} when it is one of these options; any other member is not this path's. */
		final void option(String member, JsonParser parser) {
			switch (member) {
				case "ReturnConsumedCapacity" -> capacityMode = once(capacityMode,
						oneOf(parser, ItemOperations.CONSUMED_CAPACITY));
				case "ReturnItemCollectionMetrics" -> metricsMode = once(metricsMode, oneOf(parser, METRICS));
				default -> throw NotStreamable.INSTANCE;
			}
		}

	}

	/** A PutItem request's members as read. */
	private static final class PutItem extends AnswerOptions {

		private String tableName;

		private Map<String, Value> item;

		private String returnValues;

		static PutItem read(JsonParser parser) {
			PutItem request = new PutItem();
			String member;
			while ((member = parser.nextName()) != null) {
				switch (member) {
					case "TableName" -> request.tableName = once(request.tableName, tableName(parser));
					case "Item" -> request.item = once(request.item, attributes(parser));
					case "ReturnValues" -> request.returnValues = once(request.returnValues,
							oneOf(parser, PUT_RETURN_VALUES));
					default -> request.option(member, parser);
				}
			}
			return required(request, request.tableName, request.item);
		}

	}

	/** A BatchWriteItem request's members as read. */
	private static final class BatchWriteItem extends AnswerOptions {

		private List<TableWrites> tables;

		static BatchWriteItem read(JsonParser parser) {
			BatchWriteItem request = new BatchWriteItem();
			String member;
			while ((member = parser.nextName()) != null) {
				if ("RequestItems".equals(member)) {
					request.tables = once(request.tables, requestItems(parser));
				}
				else {
					request.option(member, parser);
				}
			}
			if (request.tables == null) {
				throw NotStreamable.INSTANCE;
			}
			return request;
		}

		/** Plain table names, each with its non-empty list of writes; 25 writes at most in all. */
		private static List<TableWrites> requestItems(JsonParser parser) {
			StreamingAttributeValues.expect(parser.nextToken(), JsonToken.START_OBJECT);
			List<TableWrites> tables = new ArrayList<>();
			Set<String> names = new HashSet<>();
			int total = 0;
			String name;
			while ((name = parser.nextName()) != null) {
				if (!names.add(plainTableName(name))) {
					throw NotStreamable.INSTANCE;
				}
				List<PendingWrite> writes = writes(parser, total);
				total += writes.size();
				tables.add(new TableWrites(name, writes));
			}
			StreamingAttributeValues.expect(parser.currentToken(), JsonToken.END_OBJECT);
			if (tables.isEmpty()) {
				throw NotStreamable.INSTANCE;
			}
			return tables;
		}

		/** One table's non-empty list of writes, which with the {@code before} ones make 25 at most. */
		private static List<PendingWrite> writes(JsonParser parser, int before) {
			StreamingAttributeValues.expect(parser.nextToken(), JsonToken.START_ARRAY);
			List<PendingWrite> writes = new ArrayList<>();
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				if (before + writes.size() == BatchOperations.MAX_WRITES) {
					throw NotStreamable.INSTANCE;
				}
				writes.add(write(parser));
			}
			StreamingAttributeValues.expect(parser.currentToken(), JsonToken.END_ARRAY);
			if (writes.isEmpty()) {
				throw NotStreamable.INSTANCE;
			}
			return writes;
		}

		/** A write whose {@code START_OBJECT} the parser is on: one PutRequest or DeleteRequest, nothing else. */
		private static PendingWrite write(JsonParser parser) {
			PendingWrite write = switch (Objects.requireNonNullElse(parser.nextName(), "")) {
				case "PutRequest" -> PendingWrite.put(only(parser, "Item"));
				case "DeleteRequest" -> PendingWrite.delete(only(parser, "Key"));
				default -> throw NotStreamable.INSTANCE;
			};
			StreamingAttributeValues.expect(parser.nextToken(), JsonToken.END_OBJECT);
			return write;
		}

		/** The attributes of an object whose one member is {@code member} ({"Item": {...}}, {"Key": {...}}). */
		private static Map<String, Value> only(JsonParser parser, String member) {
			StreamingAttributeValues.expect(parser.nextToken(), JsonToken.START_OBJECT);
			if (!member.equals(parser.nextName())) {
				throw NotStreamable.INSTANCE;
			}
			Map<String, Value> attributes = attributes(parser);
			StreamingAttributeValues.expect(parser.nextToken(), JsonToken.END_OBJECT);
			return attributes;
		}

	}

	/** The request, once its table name and attributes are there. */
	private static <T> T required(T request, String tableName, Map<String, Value> attributes) {
		if (tableName == null || attributes == null) {
			throw NotStreamable.INSTANCE;
		}
		return request;
	}

	/** The value of a member met for the first time; a second one is not this path's. */
	private static <T> T once(T before, T value) {
		if (before != null) {
			throw NotStreamable.INSTANCE;
		}
		return value;
	}

	/** A table name that passes DynamoDB's constraints as it is (an ARN goes to the tree path). */
	private static String tableName(JsonParser parser) {
		return plainTableName(parser.nextStringValue());
	}

	/** {@code name} when it passes DynamoDB's table name constraints as it is. */
	private static String plainTableName(String name) {
		if (!Requests.isPlainTableName(name)) {
			throw NotStreamable.INSTANCE;
		}
		return name;
	}

	private static Map<String, Value> attributes(JsonParser parser) {
		Map<String, Value> attributes = StreamingAttributeValues.readMap(parser);
		if (attributes.isEmpty()) {
			throw NotStreamable.INSTANCE;
		}
		return attributes;
	}

	private static Boolean bool(JsonParser parser) {
		JsonToken token = parser.nextToken();
		if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
			throw NotStreamable.INSTANCE;
		}
		return token == JsonToken.VALUE_TRUE;
	}

	private static String oneOf(JsonParser parser, List<String> allowed) {
		String value = parser.nextStringValue();
		if (value == null || !allowed.contains(value)) {
			throw NotStreamable.INSTANCE;
		}
		return value;
	}

}
