package io.github.dynamoconnection.sample;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.sample.Http.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DynamoDB answering with an error (here: a table that was dropped under the running app) becomes
 * a clear 502 problem detail naming the operation, table and AWS error code, and nothing more: no
 * AWS message, no credentials, no stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dynamodb.credentials.access-key-id=AKIASAMPLEKEYID", "dynamodb.credentials.secret-access-key=sample-secret-never-shown" })
class DynamoDbErrorIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Connection connection;

	@Test
	void aDynamoDbErrorIsA502ProblemWithoutSecretsOrStackTraces() {
		Http http = new Http(this.port);
		assertThat(http.post("/forums", "{\"name\":\"f\",\"category\":\"c\"}").status()).isEqualTo(201);
		this.connection.deleteTable("Forum");
		Response response = http.get("/forums/f");
		assertThat(response.status()).isEqualTo(502);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("title").asString()).isEqualTo("DynamoDB error");
		assertThat(response.json().path("operation").asString()).isEqualTo("GetItem");
		assertThat(response.json().path("tables").get(0).asString()).isEqualTo("Forum");
		assertThat(response.json().path("errorCode").asString()).isEqualTo("ResourceNotFoundException");
		assertThat(response.json().path("detail").asString())
			.isEqualTo("DynamoDB call GetItem on Forum failed with ResourceNotFoundException");
		assertThat(response.text()).doesNotContain("sample-secret-never-shown", "AKIASAMPLEKEYID", "\tat ", "Exception:",
				"trace");
		assertThat(http.get("/actuator/health").text()).doesNotContain("sample-secret-never-shown", "AKIASAMPLEKEYID");
	}

}
