package io.github.dynamoconnection.embedded.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients other than the Java SDK against the HTTP face: boto3 (required when {@code CI=true},
 * skipped locally when python3 or boto3 is missing) and the AWS CLI (when installed).
 */
class ForeignClientsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static EmbeddedDynamoDb dynamoDb;

	@BeforeAll
	static void start() {
		dynamoDb = EmbeddedDynamoDb.builder().port(0).start();
	}

	@AfterAll
	static void stop() {
		dynamoDb.close();
	}

	@Test
	void boto3RunsAScenario() throws Exception {
		boolean available = run(List.of("python3", "-c", "import boto3")).exitCode() == 0;
		if (!available) {
			assertThat(System.getenv("CI")).as("python3 with boto3 is required on CI").isNotEqualTo("true");
			Assumptions.abort("python3 with boto3 is not installed");
		}
		Result result = run(List.of("python3", script("boto3_scenario.py"), dynamoDb.httpEndpoint().toString()));
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("OK boto3").contains("2 items left");
	}

	@Test
	void awsCliCreatesWritesAndReads() throws Exception {
		Assumptions.assumeTrue(run(List.of("aws", "--version")).exitCode() == 0, "the AWS CLI is not installed");
		aws("dynamodb", "create-table", "--table-name", "cli-table", "--billing-mode", "PAY_PER_REQUEST",
				"--attribute-definitions", "AttributeName=id,AttributeType=S", "--key-schema",
				"AttributeName=id,KeyType=HASH");
		aws("dynamodb", "put-item", "--table-name", "cli-table", "--item", "{\"id\":{\"S\":\"1\"},\"v\":{\"N\":\"1.50\"}}");
		JsonNode item = aws("dynamodb", "get-item", "--table-name", "cli-table", "--key", "{\"id\":{\"S\":\"1\"}}");
		assertThat(item.path("Item").path("v").path("N").asString()).isEqualTo("1.5");
		List<String> tableNames = new ArrayList<>();
		aws("dynamodb", "list-tables").path("TableNames").forEach((name) -> tableNames.add(name.asString()));
		assertThat(tableNames).contains("cli-table");
	}

	private static JsonNode aws(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", dynamoDb.httpEndpoint().toString(),
				"--region", "us-east-1", "--output", "json"));
		command.addAll(List.of(args));
		Result result = run(command);
		assertThat(result.exitCode()).as(result.output()).isZero();
		return JSON.readTree(result.output());
	}

	private static String script(String name) throws URISyntaxException {
		return Path.of(ForeignClientsTests.class.getResource("/" + name).toURI()).toString();
	}

	private static Result run(List<String> command) throws InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.put("AWS_ACCESS_KEY_ID", "test");
		environment.put("AWS_SECRET_ACCESS_KEY", "test");
		environment.put("AWS_PAGER", "");
		try {
			Process process = builder.start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Result(-1, "timed out");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return new Result(-1, ex.getMessage());
		}
	}

	/** Exit code and combined output of a child process. */
	private record Result(int exitCode, String output) {
	}

}
