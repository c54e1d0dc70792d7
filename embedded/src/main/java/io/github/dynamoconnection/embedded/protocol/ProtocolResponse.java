package io.github.dynamoconnection.embedded.protocol;

/**
 * One answer of the JSON 1.0 protocol, ready for a face to send: HTTP status, body bytes, the
 * CRC32 of the body (for {@link JsonProtocol#CRC32_HEADER}) and the request id.
 * @param status HTTP status code
 * @param body JSON body (never copied again by the faces)
 * @param crc32 CRC32 of {@code body}
 * @param requestId value of {@link JsonProtocol#REQUEST_ID_HEADER}
 */
public record ProtocolResponse(int status, byte[] body, long crc32, String requestId) {

	/** The CRC32 as the decimal text DynamoDB sends in {@link JsonProtocol#CRC32_HEADER}. */
	public String crc32Header() {
		return Long.toString(crc32);
	}

}
