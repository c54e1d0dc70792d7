package io.github.dynamoconnection.embedded.json;

import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree to a generator that has no mapper behind it (the streaming path's small
 * parts, e.g. ConsumedCapacity), in the bytes a mapper writes. Hand-written: Jackson's own tree
 * writing needs a serialization context per call, which is what the streaming path avoids.
 */
public final class JsonTrees {

	private JsonTrees() {
	}

	/** Writes {@code node} and everything under it. */
	public static void write(JsonGenerator generator, JsonNode node) {
		if (node.isObject()) {
			generator.writeStartObject();
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				generator.writeName(property.getKey());
				write(generator, property.getValue());
			}
			generator.writeEndObject();
		}
		else if (node.isArray()) {
			generator.writeStartArray();
			for (JsonNode member : node) {
				write(generator, member);
			}
			generator.writeEndArray();
		}
		else if (node.isString()) {
			generator.writeString(node.stringValue());
		}
		else if (node.isBoolean()) {
			generator.writeBoolean(node.booleanValue());
		}
		else if (node.isInt()) {
			generator.writeNumber(node.intValue());
		}
		else if (node.isLong()) {
			generator.writeNumber(node.longValue());
		}
		else if (node.isDouble()) {
			generator.writeNumber(node.doubleValue());
		}
		else if (node.isBigDecimal()) {
			generator.writeNumber(node.decimalValue());
		}
		else if (node.isNull()) {
			generator.writeNull();
		}
		else {
			throw new IllegalArgumentException("No streaming writer for a " + node.getNodeType() + " node");
		}
	}

}
