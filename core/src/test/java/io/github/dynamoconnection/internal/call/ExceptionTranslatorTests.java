package io.github.dynamoconnection.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.exceptions.BatchGetException;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.exceptions.DeleteItemException;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.GetItemException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.PutItemException;
import io.github.dynamoconnection.exceptions.QueryException;
import io.github.dynamoconnection.exceptions.ScanException;
import io.github.dynamoconnection.exceptions.StatementException;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.exceptions.TableException;
import io.github.dynamoconnection.exceptions.TransactGetException;
import io.github.dynamoconnection.exceptions.TransactWriteException;
import io.github.dynamoconnection.exceptions.TransactionCanceledException;
import io.github.dynamoconnection.exceptions.UpdateItemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class ExceptionTranslatorTests {

	private static final List<String> THREAD = List.of("Thread");

	private static DynamoDbException service(String code, String message) {
		return (DynamoDbException) DynamoDbException.builder()
			.awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
			.statusCode(400)
			.build();
	}

	@ParameterizedTest
	@EnumSource(Operation.class)
	void everyOperationRaisesItsOwnFamilyCarryingCodeMessageAndCause(Operation operation) {
		DynamoDbException cause = service("ValidationException", "bad input");
		DynamoConnectionException mapped = ExceptionTranslator.translate(operation, THREAD, cause);
		Class<?> expected = switch (operation.family()) {
			case TABLE -> TableException.class;
			case GET -> GetItemException.class;
			case PUT -> PutItemException.class;
			case DELETE -> DeleteItemException.class;
			case UPDATE -> UpdateItemException.class;
			case QUERY -> QueryException.class;
			case SCAN -> ScanException.class;
			case BATCH_GET -> BatchGetException.class;
			case BATCH_WRITE -> BatchWriteException.class;
			case TRANSACT_GET -> TransactGetException.class;
			case TRANSACT_WRITE -> TransactWriteException.class;
			case STATEMENT -> StatementException.class;
		};
		assertThat(mapped).isExactlyInstanceOf(expected);
		assertThat(mapped.operation()).isEqualTo(operation.awsName());
		assertThat(mapped.tableNames()).containsExactly("Thread");
		assertThat(mapped.errorCode()).isEqualTo("ValidationException");
		assertThat(mapped.getMessage())
			.isEqualTo(operation.awsName() + " on table 'Thread' failed: ValidationException: bad input");
		assertThat(mapped.getCause()).isSameAs(cause);
	}

	@Test
	void resourceNotFoundBecomesTableDoesNotExistNamingTheTable() {
		DynamoConnectionException mapped = ExceptionTranslator.translate(Operation.GET_ITEM, THREAD,
				service("ResourceNotFoundException", "Requested resource not found"));
		assertThat(mapped).isInstanceOf(TableDoesNotExistException.class);
		assertThat(mapped.tableName()).isEqualTo("Thread");
		assertThat(mapped.getMessage()).contains("table 'Thread' does not exist");
	}

	@Test
	void conditionalCheckFailureCarriesTheOldItem() {
		var cause = software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException.builder()
			.awsErrorDetails(AwsErrorDetails.builder().errorCode("ConditionalCheckFailedException").errorMessage("failed").build())
			.item(Map.of("views", AttributeValue.fromN("3")))
			.build();
		DynamoConnectionException mapped = ExceptionTranslator.translate(Operation.UPDATE_ITEM, THREAD, cause);
		assertThat(mapped).isInstanceOfSatisfying(ConditionalCheckFailedException.class, ex -> {
			assertThat(ex.hasOldItem()).isTrue();
			assertThat(ex.oldItem()).containsEntry("views", new java.math.BigDecimal("3"));
			assertThat(ex.operation()).isEqualTo("UpdateItem");
		});
	}

	@Test
	void transactionCancellationKeepsOneReasonPerItemInOrder() {
		var cause = software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException.builder()
			.awsErrorDetails(AwsErrorDetails.builder().errorCode("TransactionCanceledException").errorMessage("cancelled").build())
			.cancellationReasons(CancellationReason.builder().code("None").build(),
					CancellationReason.builder().code("ConditionalCheckFailed").item(Map.of("v", AttributeValue.fromS("x"))).build())
			.build();
		DynamoConnectionException mapped = ExceptionTranslator.translate(Operation.TRANSACT_WRITE_ITEMS, THREAD, cause);
		assertThat(mapped).isInstanceOfSatisfying(TransactionCanceledException.class, ex -> {
			assertThat(ex.reasonCodes()).containsExactly("None", "ConditionalCheckFailed");
			assertThat(ex.oldItem(0)).isNull();
			assertThat(ex.oldItem(1)).containsEntry("v", "x");
		});
	}

	@Test
	void clientSideFailuresKeepTheFamilyWithoutCode() {
		DynamoConnectionException mapped = ExceptionTranslator.translate(Operation.QUERY, THREAD,
				SdkClientException.create("Unable to execute HTTP request"));
		assertThat(mapped).isExactlyInstanceOf(QueryException.class);
		assertThat(mapped.errorCode()).isNull();
		assertThat(mapped.getMessage()).contains("Unable to execute HTTP request");
	}

	@Test
	void conversionFailuresBecomeInvalidArguments() {
		DynamoConnectionException mapped = ExceptionTranslator.translate(Operation.PUT_ITEM, THREAD,
				new IllegalArgumentException("cannot convert java.lang.Thread"));
		assertThat(mapped).isExactlyInstanceOf(InvalidArgumentException.class);
		assertThat(mapped.getMessage()).contains("'Thread'").contains("cannot convert");
	}

}
