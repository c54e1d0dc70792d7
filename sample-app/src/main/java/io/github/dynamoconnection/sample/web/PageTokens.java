package io.github.dynamoconnection.sample.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Component;

/**
 * Opaque pagination tokens: a query's {@code LastEvaluatedKey} as DynamoDB JSON, base64url-encoded.
 * Decoding accepts only a token whose attributes are exactly the key attributes of the page being
 * asked for, so a forged or foreign token is a 400 naming {@code pageToken}, never a DynamoDB error.
 * Hand-written: the SDK has no public codec between {@code AttributeValue} and DynamoDB JSON.
 */
@Component
public class PageTokens {

	/** Name of the request parameter carrying a token. */
	public static final String PARAMETER = "pageToken";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final JsonMapper json;

	public PageTokens(JsonMapper json) {
		this.json = json;
	}

	/** The token for the page after the one that ended at {@code lastEvaluatedKey}, or {@code null} when there is none. */
	public String encode(Map<String, AttributeValue> lastEvaluatedKey) {
		if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
			return null;
		}
		ObjectNode root = this.json.createObjectNode();
		lastEvaluatedKey.forEach((name, value) -> {
			ObjectNode typed = root.putObject(name);
			if (value.s() != null) {
				typed.put("S", value.s());
			}
			else if (value.n() != null) {
				typed.put("N", value.n());
			}
			else if (value.b() != null) {
				typed.put("B", ENCODER.encodeToString(value.b().asByteArray()));
			}
			else {
				throw new IllegalArgumentException("Key attribute " + name + " is not a string, number or binary");
			}
		});
		return ENCODER.encodeToString(this.json.writeValueAsBytes(root));
	}

	/**
	 * The exclusive start key a token stands for, or {@code null} for a blank token.
	 * @param token the token a client sent back
	 * @param hashKeyName the partition key attribute of the query
	 * @param hashKeyValue the partition key value queried: a token from another partition is refused
	 * @param keyAttributes the key attributes a token for this page must hold, no more, no less
	 * @throws InvalidFieldException when the token is not one this API issued for such a page
	 */
	public Map<String, AttributeValue> decode(String token, String hashKeyName, String hashKeyValue,
			Set<String> keyAttributes) {
		if (token == null || token.isBlank()) {
			return null;
		}
		try {
			JsonNode root = this.json.readTree(DECODER.decode(token));
			Map<String, AttributeValue> key = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : root.properties()) {
				key.put(entry.getKey(), attributeValue(entry.getValue()));
			}
			if (!key.keySet().equals(keyAttributes) || !hashKeyValue.equals(key.get(hashKeyName).s())) {
				throw invalid();
			}
			return key;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw invalid();
		}
	}

	private static AttributeValue attributeValue(JsonNode typed) {
		if (typed.size() != 1) {
			throw new IllegalArgumentException("one type per attribute");
		}
		Map.Entry<String, JsonNode> only = typed.properties().iterator().next();
		if (!only.getValue().isString()) {
			throw new IllegalArgumentException("value of " + only.getKey() + " is not a string");
		}
		String text = only.getValue().stringValue();
		return switch (only.getKey()) {
			case "S" -> AttributeValue.fromS(text);
			case "N" -> AttributeValue.fromN(text);
			case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(DECODER.decode(text)));
			default -> throw new IllegalArgumentException("unknown type " + only.getKey());
		};
	}

	private static InvalidFieldException invalid() {
		return new InvalidFieldException(PARAMETER, "is not a page token this API issued for this page");
	}

}
