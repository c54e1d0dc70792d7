package io.github.dynamoconnection.embedded.protocol;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Protocol requests as a signing client sends them (signature not checked unless credentials are configured). */
final class SignedRequests {

	static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private SignedRequests() {
	}

	static ProtocolRequest of(String target, byte[] body, int offset, int length) {
		return of(target, body, offset, length, Instant.now(), Map.of());
	}

	static ProtocolRequest of(String target, byte[] body, int offset, int length, Instant signedAt,
			Map<String, String> extraHeaders) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		if (target != null) {
			headers.put("x-amz-target", List.of(target));
		}
		headers.put("x-amz-date", List.of(BASIC.format(signedAt)));
		headers.put("authorization", List.of("AWS4-HMAC-SHA256 Credential=test/" + BASIC.format(signedAt).substring(0, 8)
				+ "/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=abc"));
		extraHeaders.forEach((name, value) -> headers.put(name, List.of(value)));
		return new ProtocolRequest("POST", "/", headers, body, offset, length);
	}

}
