package io.github.dynamoconnection.internal.call;

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
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/**
 * Maps SDK exceptions onto the {@link DynamoConnectionException} hierarchy by AWS error code:
 * {@code ResourceNotFoundException} to {@link TableDoesNotExistException},
 * {@code ConditionalCheckFailedException} and {@code TransactionCanceledException} to their own
 * types, everything else to the operation's family.
 */
public final class ExceptionTranslator {

	private ExceptionTranslator() {
	}

	/**
	 * Translates a failure of {@code operation} on {@code tables} (names as the caller gave them).
	 * @param operation the operation that failed
	 * @param tables the tables involved
	 * @param failure what the SDK (or the conversion) threw
	 * @return the exception to throw to the caller
	 */
	public static DynamoConnectionException translate(Operation operation, List<String> tables, Throwable failure) {
		if (failure instanceof DynamoConnectionException known) {
			return known;
		}
		if (failure instanceof AwsServiceException service) {
			return translateService(operation, tables, service);
		}
		if (failure instanceof SdkException sdk) {
			return family(operation, tables, null, describe(operation, tables, null, sdk.getMessage()), sdk);
		}
		if (failure instanceof IllegalArgumentException invalid) {
			return new InvalidArgumentException(operation.awsName(), tables,
					describe(operation, tables, null, invalid.getMessage()), invalid);
		}
		return family(operation, tables, null, describe(operation, tables, null, String.valueOf(failure)), failure);
	}

	private static DynamoConnectionException translateService(Operation operation, List<String> tables,
			AwsServiceException service) {
		String code = (service.awsErrorDetails() != null) ? service.awsErrorDetails().errorCode() : null;
		String awsMessage = (service.awsErrorDetails() != null) ? service.awsErrorDetails().errorMessage()
				: service.getMessage();
		String message = describe(operation, tables, code, awsMessage);
		if (code == null) {
			return family(operation, tables, null, message, service);
		}
		switch (code) {
			case "ResourceNotFoundException":
				return new TableDoesNotExistException(operation.awsName(), tables, code,
						describe(operation, tables, code, "table " + quoted(tables) + " does not exist ("
								+ awsMessage + ")"), service);
			case "ConditionalCheckFailedException":
				return new ConditionalCheckFailedException(operation.awsName(), tables, code, message, service,
						oldItem(service));
			case "TransactionCanceledException":
				return new TransactionCanceledException(operation.awsName(), tables, code, message, service,
						reasons(service));
			default:
				return family(operation, tables, code, message, service);
		}
	}

	private static Map<String, AttributeValue> oldItem(AwsServiceException service) {
		if (service instanceof software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException failed
				&& failed.hasItem()) {
			return failed.item();
		}
		return null;
	}

	private static List<CancellationReason> reasons(AwsServiceException service) {
		if (service instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException canceled
				&& canceled.hasCancellationReasons()) {
			return canceled.cancellationReasons();
		}
		return List.of();
	}

	/** The family exception for {@code operation}. */
	static DynamoConnectionException family(Operation operation, List<String> tables, String code, String message,
			Throwable cause) {
		String name = operation.awsName();
		return switch (operation.family()) {
			case TABLE -> new TableException(name, tables, code, message, cause);
			case GET -> new GetItemException(name, tables, code, message, cause);
			case PUT -> new PutItemException(name, tables, code, message, cause);
			case DELETE -> new DeleteItemException(name, tables, code, message, cause);
			case UPDATE -> new UpdateItemException(name, tables, code, message, cause);
			case QUERY -> new QueryException(name, tables, code, message, cause);
			case SCAN -> new ScanException(name, tables, code, message, cause);
			case BATCH_GET -> new BatchGetException(name, tables, code, message, cause, null, null);
			case BATCH_WRITE -> new BatchWriteException(name, tables, code, message, cause, null);
			case TRANSACT_GET -> new TransactGetException(name, tables, code, message, cause);
			case TRANSACT_WRITE -> new TransactWriteException(name, tables, code, message, cause);
			case STATEMENT -> new StatementException(name, tables, code, message, cause);
		};
	}

	/** A message such as {@code GetItem on table 'Thread' failed: ValidationException: ...}. */
	public static String describe(Operation operation, List<String> tables, String code, String message) {
		StringBuilder text = new StringBuilder(operation.awsName());
		if (!tables.isEmpty()) {
			text.append(" on table").append(tables.size() > 1 ? "s " : " ").append(quoted(tables));
		}
		text.append(" failed: ");
		if (code != null) {
			text.append(code).append(": ");
		}
		return text.append(message).toString();
	}

	private static String quoted(List<String> tables) {
		return String.join("', '", tables.isEmpty() ? List.of("?") : tables).transform(joined -> "'" + joined + "'");
	}

}
