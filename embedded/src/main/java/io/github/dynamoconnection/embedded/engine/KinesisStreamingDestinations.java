package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kinesis Data Streams destinations: DescribeKinesisStreamingDestination answers an empty list, and
 * as no Kinesis Data Streams exist beside this engine, Enable/Disable/UpdateKinesisStreamingDestination
 * answer DynamoDB's ValidationException naming the stream that cannot be found or is not a destination.
 */
final class KinesisStreamingDestinations {

	private final Catalog catalog;

	KinesisStreamingDestinations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode describeKinesisStreamingDestination(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.put("TableName", table.name);
		response.putArray("KinesisDataStreamDestinations");
		return response;
	}

	ObjectNode enableKinesisStreamingDestination(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		String streamArn = Requests.arn(request, "StreamArn");
		throw EngineException.validation("Kinesis Data Stream " + streamArn + " for table " + table.name
				+ " does not exist: this engine has no Kinesis Data Streams to stream to");
	}

	ObjectNode disableKinesisStreamingDestination(ObjectNode request) {
		return notADestination(request);
	}

	ObjectNode updateKinesisStreamingDestination(ObjectNode request) {
		return notADestination(request);
	}

	private ObjectNode notADestination(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		String streamArn = Requests.arn(request, "StreamArn");
		throw EngineException.validation("Table " + table.name + " is not streaming to the Kinesis Data Stream " + streamArn);
	}

}
