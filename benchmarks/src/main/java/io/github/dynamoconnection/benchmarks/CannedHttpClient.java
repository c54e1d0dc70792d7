package io.github.dynamoconnection.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The floor any in-process backend can reach: an {@link SdkHttpClient} that answers every call with
 * a canned DynamoDB response chosen by the {@code X-Amz-Target} operation, doing no work.
 */
final class CannedHttpClient implements SdkHttpClient {

	private final Map<String, byte[]> bodies;

	private final Map<String, String> checksums;

	CannedHttpClient(Map<String, String> responsesByOperation) {
		this.bodies = new java.util.HashMap<>();
		this.checksums = new java.util.HashMap<>();
		responsesByOperation.forEach((operation, json) -> {
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			CRC32 crc = new CRC32();
			crc.update(body);
			bodies.put(operation, body);
			checksums.put(operation, Long.toString(crc.getValue()));
		});
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
		String operation = target.substring(target.indexOf('.') + 1);
		byte[] body = bodies.get(operation);
		if (body == null) {
			throw new IllegalArgumentException("No canned response for " + operation);
		}
		String checksum = checksums.get(operation);
		return new ExecutableHttpRequest() {
			@Override
			public HttpExecuteResponse call() {
				request.contentStreamProvider().ifPresent(provider -> drain(provider.newStream()));
				SdkHttpResponse response = SdkHttpResponse.builder()
					.statusCode(200)
					.putHeader("Content-Type", "application/x-amz-json-1.0")
					.putHeader("x-amz-crc32", checksum)
					.putHeader("Content-Length", Integer.toString(body.length))
					.build();
				return HttpExecuteResponse.builder()
					.response(response)
					.responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
					.build();
			}

			@Override
			public void abort() {
			}
		};
	}

	private static void drain(java.io.InputStream stream) {
		try (stream) {
			stream.transferTo(java.io.OutputStream.nullOutputStream());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public String clientName() {
		return "canned";
	}

	@Override
	public void close() {
	}

}
