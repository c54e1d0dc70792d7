package io.github.dynamoconnection.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import software.amazon.awssdk.http.SdkHttpMethod;

import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What DynamoDB's endpoint does on the wire for any operation: {@code Date} and {@code Server}
 * headers, gzip-compressed request bodies, gzip answers for clients that accept them (the CRC32
 * then covers the compressed bytes, as the AWS SDKs check it), and JSON errors with their position.
 */
class WireScenarios {

	@Scenario
	void answersCarryDateAndServerHeaders(Backend backend) {
		RawHttp.Answer answer = backend.raw().post("ListTables", "{}");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Server")).isEqualTo("Server");
		Instant date = ZonedDateTime.parse(answer.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		assertThat(Duration.between(date, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
	}

	@Scenario
	void gzipRequestBodyIsInflated(Backend backend) {
		hashTable("Zipped").create(backend.client());
		byte[] body = "{\"TableName\":\"Zipped\"}".getBytes(StandardCharsets.UTF_8);
		byte[] compressed = gzip(body);
		Map<String, String> headers = backend.raw().signedHeaders("DescribeTable", compressed);
		headers.put("Content-Encoding", "gzip");

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, compressed);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("Table").path("TableName").asString()).isEqualTo("Zipped");
	}

	@Scenario
	void answerIsGzippedWhenTheClientAcceptsIt(Backend backend) {
		hashTable("Squeezed").create(backend.client());
		byte[] body = "{\"TableName\":\"Squeezed\"}".getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = backend.raw().signedHeaders("DescribeTable", body);
		headers.put("Accept-Encoding", "gzip");

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, body);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Content-Encoding")).isEqualTo("gzip");
		CRC32 crc = new CRC32();
		crc.update(answer.body());
		assertThat(answer.header("x-amz-crc32")).isEqualTo(Long.toString(crc.getValue()));
		assertThat(new String(gunzip(answer.body()), StandardCharsets.UTF_8)).contains("\"TableName\":\"Squeezed\"");
	}

	@Scenario
	void answerIsPlainWithoutAcceptEncoding(Backend backend) {
		RawHttp.Answer answer = backend.raw().post("ListTables", "{}");

		assertThat(answer.header("Content-Encoding")).isNull();
		assertThat(answer.json().has("TableNames")).isTrue();
	}

	@Scenario
	void malformedJsonErrorNamesThePosition(Backend backend) {
		RawHttp.Answer answer = backend.raw().post("ListTables", "{\n  \"Limit\": 5,\n  oops\n}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("SerializationException");
		assertThat(answer.json().path("Message").asString()).contains("line 3").contains("column 3");
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
