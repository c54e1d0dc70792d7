package io.github.dynamoconnection.fault;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * A real {@link SdkHttpClient} that answers each request with the next scripted DynamoDB response
 * (status and JSON body, as DynamoDB sends them) and records every request it saw, so fault tests
 * run the whole SDK pipeline (signing, retries, unmarshalling) against exact server behaviour.
 */
final class ScriptedHttpClient implements SdkHttpClient {

	private final Deque<Scripted> script = new ArrayDeque<>();

	private final List<Recorded> requests = new ArrayList<>();

	/** Queues a 200 with this JSON body. */
	synchronized ScriptedHttpClient ok(String json) {
		script.add(new Scripted(200, json));
		return this;
	}

	/** Queues an error with DynamoDB's JSON error body. */
	synchronized ScriptedHttpClient error(int status, String code, String message) {
		return error(status, code, message, "");
	}

	/** Queues an error with extra members in the error body (e.g. {@code ,"Item":{...}}). */
	synchronized ScriptedHttpClient error(int status, String code, String message, String extraMembers) {
		script.add(new Scripted(status, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code + "\",\"message\":\""
				+ message + "\"" + extraMembers + "}"));
		return this;
	}

	/** Every request seen so far. */
	synchronized List<Recorded> requests() {
		return List.copyOf(requests);
	}

	/** The operations of the requests seen so far, e.g. {@code [DescribeTable, GetItem]}. */
	synchronized List<String> operations() {
		return requests.stream().map(Recorded::operation).toList();
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		return new ExecutableHttpRequest() {

			@Override
			public HttpExecuteResponse call() {
				String body = request.contentStreamProvider().map(provider -> read(provider.newStream())).orElse("");
				Scripted next;
				synchronized (ScriptedHttpClient.this) {
					requests.add(new Recorded(request.httpRequest(), body));
					next = script.poll();
				}
				if (next == null) {
					next = new Scripted(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ValidationException\","
							+ "\"message\":\"test script exhausted\"}");
				}
				byte[] bytes = next.body().getBytes(StandardCharsets.UTF_8);
				return HttpExecuteResponse.builder()
					.response(SdkHttpResponse.builder()
						.statusCode(next.status())
						.putHeader("Content-Type", "application/x-amz-json-1.0")
						.putHeader("Content-Length", String.valueOf(bytes.length))
						.putHeader("x-amzn-RequestId", "scripted")
						.build())
					.responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
					.build();
			}

			@Override
			public void abort() {
			}

		};
	}

	private static String read(InputStream stream) {
		try (stream) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
	}

	private record Scripted(int status, String body) {
	}

	/**
	 * One request as it went on the wire.
	 *
	 * @param http method, URI and headers
	 * @param body the JSON body
	 */
	record Recorded(SdkHttpRequest http, String body) {

		/** The DynamoDB operation, from {@code X-Amz-Target}. */
		String operation() {
			return http.firstMatchingHeader("X-Amz-Target").map(target -> target.substring(target.indexOf('.') + 1)).orElse("?");
		}

	}

}
