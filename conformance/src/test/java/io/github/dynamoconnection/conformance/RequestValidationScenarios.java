package io.github.dynamoconnection.conformance;

import org.assertj.core.api.SoftAssertions;

import static io.github.dynamoconnection.conformance.Tables.hashTable;

/**
 * DynamoDB's request front end, layer by layer, for every operation: serialization (wrong JSON
 * types), then constraints (missing required members, each constraint alone, several at once in
 * one message), all before the table is looked up, so an existing and a missing table get the same
 * answer. The cases are {@link RequestValidationCases}.
 */
class RequestValidationScenarios {

	@Scenario
	void refusedTheSameWayAgainstAnExistingTable(Backend backend) {
		hashTable("Existing").create(backend.client());

		assertEveryCase(backend, "Existing");
	}

	@Scenario
	void refusedTheSameWayAgainstAMissingTable(Backend backend) {
		assertEveryCase(backend, "Missing");
	}

	private static void assertEveryCase(Backend backend, String table) {
		SoftAssertions softly = new SoftAssertions();
		for (RequestValidationCases.Case refused : RequestValidationCases.all()) {
			RawHttp.Answer answer = backend.raw().post(refused.operation(), refused.body(table));
			softly.assertThat(answer.status()).as("status of %s", refused).isEqualTo(400);
			softly.assertThat(answer.errorType()).as("error type of %s", refused).isEqualTo(refused.errorType());
			if (refused.message() != null) {
				String message = answer.json().path("message").asString(answer.json().path("Message").asString());
				softly.assertThat(message).as("message of %s", refused).isEqualTo(refused.message(table));
			}
		}
		softly.assertAll();
	}

}
