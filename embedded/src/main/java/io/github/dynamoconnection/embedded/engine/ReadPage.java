package io.github.dynamoconnection.embedded.engine;

import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.json.JsonTrees;
import io.github.dynamoconnection.embedded.json.StreamingAttributeValues;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of a Query or Scan, rendered as a JSON tree or straight to a generator, in the same
 * members and order: Items, Count, ScannedCount, LastEvaluatedKey, ConsumedCapacity.
 * @param items the items answered (filtered, projected), {@code null} for {@code Select: COUNT}
 * @param count how many items matched the filter
 * @param scannedCount how many items were read
 * @param lastEvaluatedKey where the next page starts, {@code null} when this is the last page
 * @param capacity the ConsumedCapacity to answer, {@code null} when not asked for
 */
record ReadPage(List<Map<String, Value>> items, long count, long scannedCount, Map<String, Value> lastEvaluatedKey,
		ObjectNode capacity) {

	/** The page as the tree path answers it. */
	ObjectNode toJson() {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		if (items != null) {
			ArrayNode array = response.putArray("Items");
			for (Map<String, Value> item : items) {
				array.add(AttributeValueJson.writeItem(item));
			}
		}
		response.put("Count", count);
		response.put("ScannedCount", scannedCount);
		if (lastEvaluatedKey != null) {
			response.set("LastEvaluatedKey", AttributeValueJson.writeItem(lastEvaluatedKey));
		}
		if (capacity != null) {
			response.set("ConsumedCapacity", capacity);
		}
		return response;
	}

	/** Writes the page as {@link #toJson()}'s tree would be written. */
	void write(JsonGenerator generator) {
		generator.writeStartObject();
		if (items != null) {
			generator.writeName("Items");
			generator.writeStartArray();
			for (Map<String, Value> item : items) {
				StreamingAttributeValues.writeMap(generator, item);
			}
			generator.writeEndArray();
		}
		generator.writeName("Count");
		generator.writeNumber(count);
		generator.writeName("ScannedCount");
		generator.writeNumber(scannedCount);
		if (lastEvaluatedKey != null) {
			generator.writeName("LastEvaluatedKey");
			StreamingAttributeValues.writeMap(generator, lastEvaluatedKey);
		}
		if (capacity != null) {
			generator.writeName("ConsumedCapacity");
			JsonTrees.write(generator, capacity);
		}
		generator.writeEndObject();
	}

}
