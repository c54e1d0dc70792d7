package io.github.dynamoconnection.embedded.protocol;

/**
 * Names and limits of DynamoDB's JSON 1.0 wire protocol, shared by both faces.
 */
public final class JsonProtocol {

	/** Header naming the operation, e.g. {@code DynamoDB_20120810.GetItem}. */
	public static final String TARGET_HEADER = "X-Amz-Target";

	/** Prefix of {@link #TARGET_HEADER} values, API version included. */
	public static final String TARGET_PREFIX = "DynamoDB_20120810.";

	/** Prefix of {@link #TARGET_HEADER} values of the DynamoDB Streams API. */
	public static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";

	/** Content type of every answer. */
	public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

	/** Header carrying the CRC32 of the response body, checked by the AWS SDKs. */
	public static final String CRC32_HEADER = "x-amz-crc32";

	/** Header carrying the request id. */
	public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

	/** The {@code Server} header DynamoDB sends. */
	public static final String SERVER = "Server";

	/** DynamoDB's cap on a request body: 16 MB. */
	public static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

	private JsonProtocol() {
	}

	/**
	 * Whether DynamoDB reads a request body of this {@code Content-Type}: its JSON 1.0 type or plain
	 * {@code application/json}, parameters such as {@code charset} ignored.
	 */
	public static boolean acceptsContentType(String contentType) {
		if (contentType == null) {
			return false;
		}
		int parameters = contentType.indexOf(';');
		String type = ((parameters >= 0) ? contentType.substring(0, parameters) : contentType).trim();
		return CONTENT_TYPE.equalsIgnoreCase(type) || "application/json".equalsIgnoreCase(type);
	}

}
