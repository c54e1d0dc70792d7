package io.github.dynamoconnection.embedded.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson mappers whose read limits are DynamoDB's, not Jackson's defaults: an attribute name may be
 * up to 64 KB (DynamoDB "Service, account, and table quotas"), longer than Jackson's default maximum
 * name length, so a valid request must not fail in the JSON parser before the engine sees it.
 */
public final class DynamoJsonMappers {

	/** DynamoDB's maximum attribute name length, 64 KB; a UTF-8 byte is at most one char. */
	static final int MAX_ATTRIBUTE_NAME_LENGTH = 64 * 1024;

	private static final JsonMapper REQUESTS = builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private DynamoJsonMappers() {
	}

	/** The mapper request bodies are read with: DynamoDB's limits, and nothing may follow the request object. */
	public static JsonMapper requests() {
		return REQUESTS;
	}

	/** A mapper builder reading JSON with DynamoDB's limits (callers add their own features). */
	public static JsonMapper.Builder builder() {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxNameLength(MAX_ATTRIBUTE_NAME_LENGTH)
			.build();
		return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build());
	}

}
