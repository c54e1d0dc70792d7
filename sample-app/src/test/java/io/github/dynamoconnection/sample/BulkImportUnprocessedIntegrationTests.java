package io.github.dynamoconnection.sample;

import java.util.ArrayList;
import java.util.List;

import io.github.dynamoconnection.autoconfigure.DynamoDbClientBuilderCustomizer;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.sample.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk import where DynamoDB keeps refusing some entries (fault injection at the transport):
 * after the Connection's retries, the response lists exactly those subjects as unprocessed and
 * every other one as written; nothing is lost or reported twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BulkImportUnprocessedIntegrationTests.RefusingBatches.class)
class BulkImportUnprocessedIntegrationTests {

	@LocalServerPort
	private int port;

	@Test
	void everyThreadIsReportedWrittenOrUnprocessed() {
		Http http = new Http(this.port);
		http.post("/forums", "{\"name\":\"bulk\",\"category\":\"c\"}");
		Response imported = http.post("/forums/bulk/threads/import",
				"{\"threads\":[" + thread("a") + "," + thread("stuck-1") + "," + thread("b") + "," + thread("stuck-2") + "]}");
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().path("requested").asInt()).isEqualTo(4);
		assertThat(strings(imported.json().path("written"))).containsExactly("a", "b");
		assertThat(strings(imported.json().path("unprocessed"))).containsExactly("stuck-1", "stuck-2");
		assertThat(http.get("/forums/bulk/threads/a").status()).isEqualTo(200);
		assertThat(http.get("/forums/bulk/threads/stuck-1").status()).isEqualTo(404);
		Response allRefused = http.post("/forums/bulk/threads/import", "{\"threads\":[" + thread("stuck-3") + "]}");
		assertThat(allRefused.status()).isEqualTo(200);
		assertThat(strings(allRefused.json().path("written"))).isEmpty();
		assertThat(strings(allRefused.json().path("unprocessed"))).containsExactly("stuck-3");
	}

	private static String thread(String subject) {
		return "{\"subject\":\"" + subject + "\",\"message\":\"m\",\"author\":\"alice\"}";
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((element) -> strings.add(element.asString()));
		return strings;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RefusingBatches {

		@Bean
		DynamoDbClientBuilderCustomizer refusingBatches(EmbeddedDynamoDb engine) {
			return (builder) -> builder.httpClient(new RefusingBatchHttpClient(engine.sdkHttpClient(), "stuck-"));
		}

	}

}
