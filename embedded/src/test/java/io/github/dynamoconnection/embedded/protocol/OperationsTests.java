package io.github.dynamoconnection.embedded.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.dynamoconnection.embedded.contract.EngineException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OperationsTests {

	@ParameterizedTest
	@CsvSource({ "DynamoDB_20120810.GetItem, GetItem", "DynamoDB_20120810.UpdateTimeToLive, UpdateTimeToLive",
			"DynamoDBStreams_20120810.GetRecords, GetRecords", "DynamoDBStreams_20120810.ListStreams, ListStreams" })
	void knownTargetIsItsOperation(String target, String operation) {
		assertThat(Operations.fromTarget(target)).isEqualTo(operation);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"DynamoDB_20120810.GetRecords|Unknown operation 'GetRecords'",
			"DynamoDBStreams_20120810.PutItem|Unknown operation 'PutItem'",
			"DynamoDB_20120810.getitem|Unknown operation 'getitem'",
			"DynamoDB_20120810.|Unknown operation ''",
			"dynamodb_20120810.GetItem|Unknown target 'dynamodb_20120810.GetItem': expected DynamoDB_20120810.<Operation>",
			"GetItem|Unknown target 'GetItem': expected DynamoDB_20120810.<Operation>" })
	void unknownTargetIsUnknownOperationNamingIt(String target, String message) {
		assertThatExceptionOfType(EngineException.class).isThrownBy(() -> Operations.fromTarget(target))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("UnknownOperationException"))
			.withMessage(message);
	}

	@Test
	void missingTargetIsUnknownOperation() {
		assertThatExceptionOfType(EngineException.class).isThrownBy(() -> Operations.fromTarget(null))
			.withMessage("Missing X-Amz-Target header");
	}

}
