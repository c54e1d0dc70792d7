package io.github.dynamoconnection.embedded.protocol;

/**
 * One answer of the JSON 1.0 protocol, ready for a face to send: HTTP status, body bytes (gzip
 * compressed when {@code contentEncoding} says so), the CRC32 of those bytes as sent (for
 * {@link JsonProtocol#CRC32_HEADER}: DynamoDB and the AWS SDKs compute it over the bytes on the
 * wire) and the request id.
 * @param status HTTP status code
 * @param body body bytes as sent (never copied again by the faces)
 * @param crc32 CRC32 of {@code body}
 * @param requestId value of {@link JsonProtocol#REQUEST_ID_HEADER}
 * @param contentEncoding {@code gzip} when {@code body} is compressed, otherwise {@code null}
 */
public record ProtocolResponse(int status, byte[] body, long crc32, String requestId, String contentEncoding) {

	/** The CRC32 as the decimal text DynamoDB sends in {@link JsonProtocol#CRC32_HEADER}. */
	public String crc32Header() {
		return Long.toString(crc32);
	}

}
