package io.github.dynamoconnection.conformance;

import java.util.zip.CRC32;

import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static org.assertj.core.api.Assertions.assertThat;

/** DynamoDB's JSON 1.0 protocol for requests no SDK sends: error types, status codes and the CRC32 header. */
class ProtocolScenarios {

	@Scenario
	void malformedJsonIsSerializationException(Backend backend) {
		RawHttp.Answer answer = backend.raw().post("ListTables", "{not json");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("SerializationException");
	}

	@Scenario
	void unknownOperationIsUnknownOperationException(Backend backend) {
		RawHttp.Answer answer = backend.raw().post("Frobnicate", "{}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("UnknownOperationException");
	}

	@Scenario
	void missingRequiredFieldIsValidationException(Backend backend) {
		RawHttp.Answer answer = backend.raw().post("DescribeTable", "{}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("ValidationException");
		// DynamoDB words this two ways ("Value null at 'tableName' ..." and "The parameter 'TableName' is required ..."): both name the field
		assertThat(answer.json().path("message").asString()).containsIgnoringCase("tableName");
	}

	@Scenario
	void wronglyTypedFieldIsSerializationException(Backend backend) {
		hashTable("Items").create(backend.client());

		RawHttp.Answer answer = backend.raw().post("GetItem", "{\"TableName\": \"Items\", \"Key\": \"not a map\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("SerializationException");
	}

	@Scenario
	void validationErrorBodyHasTypeAndMessage(Backend backend) {
		hashTable("Items").create(backend.client());

		RawHttp.Answer answer = backend.raw().post("GetItem", "{\"TableName\": \"Items\", \"Key\": {\"pk\": {\"N\": \"1\"}, \"extra\": {\"S\": \"x\"}}}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("__type").asString()).isEqualTo("com.amazon.coral.validate#ValidationException");
		assertThat(answer.json().path("message").asString()).isEqualTo("The provided key element does not match the schema");
	}

	@Scenario
	void answersCarryTheCrc32OfTheirBody(Backend backend) {
		hashTable("Checked").create(backend.client());

		RawHttp.Answer answer = backend.raw().post("DescribeTable", "{\"TableName\": \"Checked\"}");

		CRC32 crc = new CRC32();
		crc.update(answer.body());
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("x-amz-crc32")).isEqualTo(Long.toString(crc.getValue()));
	}

}
