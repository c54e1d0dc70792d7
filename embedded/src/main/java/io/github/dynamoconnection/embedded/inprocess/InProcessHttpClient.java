package io.github.dynamoconnection.embedded.inprocess;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.github.dynamoconnection.embedded.protocol.HttpDate;
import io.github.dynamoconnection.embedded.protocol.JsonProtocol;
import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.github.dynamoconnection.embedded.protocol.ProtocolRequest;
import io.github.dynamoconnection.embedded.protocol.ProtocolResponse;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * An {@link SdkHttpClient} that answers every request in-process through a
 * {@link JsonProtocolHandler}: no socket, no thread hop. A {@code DynamoDbClient} built with it runs
 * its whole pipeline (marshalling, signing, retries, metric publishers) as against DynamoDB.
 * Closing it does not close the engine.
 */
public final class InProcessHttpClient implements SdkHttpClient {

	private static final String CLIENT_NAME = "InProcess";

	private final JsonProtocolHandler handler;

	private final HttpDate dates;

	/** A client answering through this handler. */
	public InProcessHttpClient(JsonProtocolHandler handler) {
		this.handler = handler;
		this.dates = new HttpDate(handler.clock());
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		return new InProcessCall(request);
	}

	@Override
	public String clientName() {
		return CLIENT_NAME;
	}

	@Override
	public void close() {
	}

	private ProtocolResponse execute(HttpExecuteRequest request) throws IOException {
		SdkHttpRequest httpRequest = request.httpRequest();
		long length = declaredLength(httpRequest);
		if (length > JsonProtocol.MAX_REQUEST_BYTES) {
			return handler.tooLarge(length);
		}
		byte[] body = readBody(request.contentStreamProvider(), (int) length);
		return handler.handle(new ProtocolRequest(httpRequest.method().name(), pathOf(httpRequest),
				headersOf(httpRequest), body, 0, body.length));
	}

	private static String pathOf(SdkHttpRequest request) {
		String path = request.encodedPath().isEmpty() ? "/" : request.encodedPath();
		return request.encodedQueryParameters().map((query) -> path + "?" + query).orElse(path);
	}

	/**
	 * The request's headers read in place: {@link SdkHttpRequest#matchingHeaders} matches names in
	 * any case without copying them. A request without {@code Host} gets the one its URI implies.
	 */
	private static ProtocolRequest.Headers headersOf(SdkHttpRequest request) {
		return (name) -> {
			List<String> values = request.matchingHeaders(name);
			return (values.isEmpty() && name.equals("host")) ? List.of(hostOf(request)) : values;
		};
	}

	private static String hostOf(SdkHttpRequest request) {
		boolean standard = SdkHttpUtils.isUsingStandardPort(request.protocol(), request.port());
		return standard ? request.host() : request.host() + ":" + request.port();
	}

	private static long declaredLength(SdkHttpRequest httpRequest) {
		Optional<String> header = httpRequest.firstMatchingHeader("Content-Length");
		try {
			return header.isPresent() ? Long.parseLong(header.get()) : -1L;
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

	private static byte[] readBody(Optional<ContentStreamProvider> provider, int declaredLength) throws IOException {
		if (provider.isEmpty() || declaredLength == 0) {
			return new byte[0];
		}
		try (InputStream in = provider.get().newStream()) {
			if (declaredLength < 0) {
				return in.readNBytes(JsonProtocol.MAX_REQUEST_BYTES + 1);
			}
			byte[] body = new byte[declaredLength];
			int read = in.readNBytes(body, 0, declaredLength);
			return (read == declaredLength) ? body : Arrays.copyOf(body, read);
		}
	}

	private HttpExecuteResponse toSdkResponse(ProtocolResponse response) {
		SdkHttpResponse.Builder httpResponse = SdkHttpResponse.builder()
			.statusCode(response.status())
			.putHeader("Content-Type", JsonProtocol.CONTENT_TYPE)
			.putHeader("Content-Length", Integer.toString(response.body().length))
			.putHeader(JsonProtocol.CRC32_HEADER, response.crc32Header())
			.putHeader(JsonProtocol.REQUEST_ID_HEADER, response.requestId())
			.putHeader("Date", dates.now())
			.putHeader("Server", JsonProtocol.SERVER);
		if (response.contentEncoding() != null) {
			httpResponse.putHeader("Content-Encoding", response.contentEncoding());
		}
		return HttpExecuteResponse.builder()
			.response(httpResponse.build())
			.responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
			.build();
	}

	/** One prepared call; runs on the caller's thread. */
	private final class InProcessCall implements ExecutableHttpRequest {

		private final HttpExecuteRequest request;

		InProcessCall(HttpExecuteRequest request) {
			this.request = request;
		}

		@Override
		public HttpExecuteResponse call() throws IOException {
			return toSdkResponse(execute(request));
		}

		@Override
		public void abort() {
		}

	}

}
