package io.github.dynamoconnection.autoconfigure.preinitialize;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DynamoDbSdkBackgroundPreinitializerTests {

	@Test
	void isRegisteredWithSpringBootsBackgroundPreinitialization() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(BackgroundPreinitializer.class))
			.hasAtLeastOneElementOfType(DynamoDbSdkBackgroundPreinitializer.class);
	}

	@Test
	void runsEveryWarmUpCallToTheEndWithoutTheNetwork() {
		// Boot swallows a preinitializer's failure: a call the canned answer cannot satisfy would go unnoticed there.
		assertThatNoException().isThrownBy(new DynamoDbSdkBackgroundPreinitializer()::preinitialize);
	}

	@Test
	void cannedClientAnswersAnEmptyObjectAndReadsTheRequest() throws Exception {
		var body = new java.io.ByteArrayInputStream("{\"TableName\":\"t\"}".getBytes());
		var request = software.amazon.awssdk.http.HttpExecuteRequest.builder()
			.request(software.amazon.awssdk.http.SdkHttpRequest.builder()
				.uri(java.net.URI.create("http://127.0.0.1:8000"))
				.method(software.amazon.awssdk.http.SdkHttpMethod.POST)
				.build())
			.contentStreamProvider(() -> body)
			.build();
		try (CannedHttpClient client = new CannedHttpClient()) {
			var response = client.prepareRequest(request).call();
			assertThat(response.httpResponse().statusCode()).isEqualTo(200);
			assertThat(response.responseBody().orElseThrow().readAllBytes()).asString().isEqualTo("{}");
			assertThat(body.available()).isZero();
		}
	}

}
