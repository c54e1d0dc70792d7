package io.github.dynamoconnection.embedded.persistence;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import io.github.dynamoconnection.embedded.json.DynamoJsonMappers;
import io.github.dynamoconnection.embedded.contract.Namespace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Encodes log records as frames: 4-byte payload length, 4-byte CRC32 of the payload, then the
 * payload, a JSON object {@code {"t":<millis>,"op":"<Operation>","r":{<request>}}}, plus
 * {@code "ns":{"a":"<account>","g":"<region>"}} for an operation outside the default namespace. The checksum
 * finds a frame torn by a crash mid-write.
 */
final class LogRecordCodec {

	/** Bytes before the payload: length and checksum. */
	static final int HEADER_BYTES = 8;

	private static final JsonMapper JSON = DynamoJsonMappers.builder().build();

	private LogRecordCodec() {
	}

	/** The whole frame for this record, ready to write. */
	static ByteBuffer encode(LogRecord record) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("t", record.timestampMillis());
		node.put("op", record.operation());
		node.set("r", record.request());
		if (record.namespace() != null) {
			node.putObject("ns").put("a", record.namespace().accountId()).put("g", record.namespace().region());
		}
		byte[] payload = JSON.writeValueAsBytes(node);
		ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + payload.length);
		frame.putInt(payload.length).putInt((int) checksum(payload, 0, payload.length)).put(payload).flip();
		return frame;
	}

	/**
	 * The record in a payload whose checksum matched.
	 * @throws tools.jackson.core.JacksonException when the payload is not a record
	 */
	static LogRecord decode(byte[] payload, int offset, int length) {
		JsonNode node = JSON.readTree(payload, offset, length);
		JsonNode request = node.get("r");
		if (!node.path("op").isString() || !node.path("t").isNumber() || request == null || !request.isObject()) {
			throw new IllegalArgumentException("Not an operation log record");
		}
		JsonNode ns = node.get("ns");
		Namespace namespace = (ns != null && ns.isObject())
				? new Namespace(ns.path("a").asString(""), ns.path("g").asString("")) : null;
		return new LogRecord(node.get("t").longValue(), node.get("op").stringValue(), (ObjectNode) request, namespace);
	}

	static long checksum(byte[] bytes, int offset, int length) {
		CRC32 crc = new CRC32();
		crc.update(bytes, offset, length);
		return crc.getValue();
	}

}
