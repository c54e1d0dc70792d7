package io.github.dynamoconnection.autoconfigure.preinitialize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/** Answers every call with an empty DynamoDB response ({@code {}}, 200), reading the request body; no network. */
final class CannedHttpClient implements SdkHttpClient {

	private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		return new ExecutableHttpRequest() {
			@Override
			public HttpExecuteResponse call() {
				request.contentStreamProvider().ifPresent(provider -> drain(provider.newStream()));
				return HttpExecuteResponse.builder()
					.response(SdkHttpResponse.builder()
						.statusCode(200)
						.putHeader("Content-Type", "application/x-amz-json-1.0")
						.putHeader("Content-Length", Integer.toString(EMPTY_OBJECT.length))
						.build())
					.responseBody(AbortableInputStream.create(new ByteArrayInputStream(EMPTY_OBJECT)))
					.build();
			}

			@Override
			public void abort() {
			}
		};
	}

	private static void drain(InputStream body) {
		try (body) {
			body.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
