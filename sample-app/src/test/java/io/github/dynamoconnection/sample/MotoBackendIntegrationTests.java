package io.github.dynamoconnection.sample;

import io.github.dynamoconnection.sample.Http.Response;
import io.github.dynamoconnection.testsupport.MotoServer;
import io.github.dynamoconnection.testsupport.MotoServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app started the way README says to run it against another endpoint
 * ({@code --dynamodb.host=...} on the command line), here a real {@code moto_server}: the declared
 * tables are created there and the endpoints work the same.
 */
@ExtendWith(MotoServerExtension.class)
class MotoBackendIntegrationTests {

	private static ConfigurableApplicationContext app;

	private static Http http;

	private static String endpoint;

	@BeforeAll
	static void start(MotoServer moto) {
		moto.reset();
		endpoint = moto.endpoint().toString();
		app = new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
				"--dynamodb.host=" + moto.endpoint(), "--dynamodb.region=us-east-1",
				"--dynamodb.credentials.access-key-id=testing", "--dynamodb.credentials.secret-access-key=testing");
		http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void theForumWorksAgainstMotoServer() {
		assertThat(http.post("/forums", "{\"name\":\"AWS\",\"category\":\"Amazon Web Services\"}").status()).isEqualTo(201);
		assertThat(http.post("/forums", "{\"name\":\"AWS\",\"category\":\"Again\"}").status()).isEqualTo(409);
		assertThat(http.post("/forums/AWS/threads", "{\"subject\":\"DynamoDB\",\"message\":\"m\",\"author\":\"alice\"}").status())
			.isEqualTo(201);
		assertThat(http.post("/forums/AWS/threads/DynamoDB/views", null).json().path("views").asLong()).isEqualTo(1);
		assertThat(http.post("/forums/AWS/threads/DynamoDB/replies", "{\"author\":\"bob\",\"message\":\"hi\"}").status())
			.isEqualTo(201);
		Response thread = http.get("/forums/AWS/threads/DynamoDB");
		assertThat(thread.json().path("replies").asLong()).isEqualTo(1);
		assertThat(http.get("/forums/AWS/threads").json().path("items")).hasSize(1);
		assertThat(http.get("/forums/AWS/export").json().path("threads")).hasSize(1);
		Response health = http.get("/actuator/health/readiness");
		assertThat(health.json().path("components").path("dynamodb").path("status").asString()).isEqualTo("UP");
		assertThat(health.json().path("components").path("dynamodb").path("details").path("endpoint").asString())
			.isEqualTo(endpoint);
	}

}
