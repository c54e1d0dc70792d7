package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DynamoDB Streams API ({@code DynamoDBStreams_20120810}): ListStreams, DescribeStream,
 * GetShardIterator and GetRecords over the {@link StreamRegistry}.
 */
final class StreamOperations {

	private static final List<String> ITERATOR_TYPES = List.of("TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER",
			"AFTER_SEQUENCE_NUMBER");

	private final Catalog catalog;

	private final ShardIterators iterators;

	StreamOperations(Catalog catalog) {
		this.catalog = catalog;
		this.iterators = new ShardIterators(catalog.settings.clock());
	}

	ObjectNode listStreams(ObjectNode request) {
		int limit = limit(request, 100);
		String tableName = Requests.optionalString(request, "TableName");
		if (tableName != null) {
			Requests.checkTableName(tableName, "TableName");
		}
		String start = Requests.optionalString(request, "ExclusiveStartStreamArn");
		List<TableStream> streams = catalog.streams.list(tableName);
		int from = 0;
		if (start != null) {
			from = indexAfter(streams, start);
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode result = response.putArray("Streams");
		int to = Math.min(streams.size(), from + limit);
		for (TableStream stream : streams.subList(from, to)) {
			ObjectNode node = result.addObject();
			node.put("StreamArn", stream.arn);
			node.put("TableName", stream.tableName);
			node.put("StreamLabel", stream.label);
		}
		if (to < streams.size()) {
			response.put("LastEvaluatedStreamArn", streams.get(to - 1).arn);
		}
		return response;
	}

	private static int indexAfter(List<TableStream> streams, String arn) {
		for (int i = 0; i < streams.size(); i++) {
			if (streams.get(i).arn.equals(arn)) {
				return i + 1;
			}
		}
		throw new EngineException("ResourceNotFoundException", "Requested resource not found: Stream: " + arn + " not found");
	}

	ObjectNode describeStream(ObjectNode request) {
		TableStream stream = stream(request);
		limit(request, 100);
		String startShard = Requests.optionalString(request, "ExclusiveStartShardId");
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ObjectNode description = response.putObject("StreamDescription");
		description.put("StreamArn", stream.arn);
		description.put("StreamLabel", stream.label);
		description.put("StreamStatus", stream.status(catalog.settings.clock().instant(), catalog.settings.transientStatusDelay()));
		description.put("StreamViewType", stream.viewType);
		description.put("CreationRequestDateTime", stream.created.toEpochMilli() / 1000.0);
		description.put("TableName", stream.tableName);
		ArrayNode keySchema = description.putArray("KeySchema");
		keySchema.addObject().put("AttributeName", stream.keys.hashName()).put("KeyType", "HASH");
		if (stream.keys.hasRange()) {
			keySchema.addObject().put("AttributeName", stream.keys.rangeName()).put("KeyType", "RANGE");
		}
		ArrayNode shards = description.putArray("Shards");
		if (startShard == null || startShard.compareTo(stream.shardId) < 0) {
			ObjectNode shard = shards.addObject();
			shard.put("ShardId", stream.shardId);
			ObjectNode range = shard.putObject("SequenceNumberRange");
			range.put("StartingSequenceNumber", stream.sequenceNumber(stream.trimHorizon()));
			String ending = stream.endingSequenceNumber();
			if (ending != null) {
				range.put("EndingSequenceNumber", ending);
			}
		}
		return response;
	}

	ObjectNode getShardIterator(ObjectNode request) {
		TableStream stream = stream(request);
		String shardId = Requests.string(request, "ShardId");
		String type = Requests.enumValue(request, "ShardIteratorType", ITERATOR_TYPES);
		if (type == null) {
			throw Requests.constraint(null, "shardIteratorType", "Member must not be null");
		}
		String sequenceNumber = Requests.optionalString(request, "SequenceNumber");
		if (!stream.shardId.equals(shardId)) {
			throw new EngineException("ResourceNotFoundException",
					"Requested resource not found: Shard does not exist");
		}
		long position = switch (type) {
			case "TRIM_HORIZON" -> stream.trimHorizon();
			case "LATEST" -> stream.end();
			default -> sequencePosition(stream, type, sequenceNumber);
		};
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.put("ShardIterator", iterators.issue(stream, position));
		return response;
	}

	private static long sequencePosition(TableStream stream, String type, String sequenceNumber) {
		if (sequenceNumber == null) {
			throw EngineException.validation("Must provide a SequenceNumber for ShardIteratorType " + type);
		}
		Long index = stream.indexOf(sequenceNumber);
		if (index == null || index >= stream.end()) {
			throw EngineException.validation("Invalid SequenceNumber " + sequenceNumber + " for shard " + stream.shardId);
		}
		if (index < stream.trimHorizon()) {
			throw TableStream.trimmed();
		}
		return type.equals("AT_SEQUENCE_NUMBER") ? index : index + 1;
	}

	ObjectNode getRecords(ObjectNode request) {
		String iterator = Requests.string(request, "ShardIterator");
		int limit = limit(request, 1000);
		ShardIterators.Position position = iterators.read(iterator);
		TableStream stream = catalog.streams.byArn(position.streamArn());
		List<ObjectNode> records = stream.read(position.index(), limit);
		long next = position.index() + records.size();
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode array = response.putArray("Records");
		records.forEach(array::add);
		boolean closed = !stream.isEnabled();
		if (!closed || next < stream.end()) {
			response.put("NextShardIterator", iterators.issue(stream, next));
		}
		return response;
	}

	private TableStream stream(ObjectNode request) {
		String arn = Requests.string(request, "StreamArn");
		if (arn.length() < 37 || arn.length() > 1024) {
			throw Requests.constraint(arn, "streamArn", "Member must have length between 37 and 1024");
		}
		return catalog.streams.byArn(arn);
	}

	private static int limit(ObjectNode request, int max) {
		Long limit = Requests.optionalLong(request, "Limit");
		if (limit == null) {
			return max;
		}
		if (limit < 1) {
			throw Requests.constraint(limit, "limit", "Member must have value greater than or equal to 1");
		}
		if (limit > max) {
			throw Requests.constraint(limit, "limit", "Member must have value less than or equal to " + max);
		}
		return limit.intValue();
	}

	/** Internal (no wire target reaches it): the streams with their records, for a persistence snapshot. */
	ObjectNode exportStreamState(ObjectNode request) {
		return catalog.streams.exportState();
	}

	/** Internal (no wire target reaches it): restores what {@link #exportStreamState} gave. */
	ObjectNode importStreamState(ObjectNode request) {
		catalog.streams.importState(request, catalog.all());
		return JsonNodeFactory.instance.objectNode();
	}

}
