package io.github.dynamoconnection.call;

import java.util.List;
import java.util.function.Supplier;

import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.schema.TableName;
import io.github.dynamoconnection.schema.TableNames;

/**
 * What building any request shares: table names refused when null or blank, bad input turned into
 * {@link InvalidArgumentException} before anything is sent, and the exception for a table found
 * missing while resolving its key schema.
 */
public final class Requests {

	private Requests() {
	}

	/**
	 * The name for {@code logical} under {@code names}, refusing null or blank.
	 * @param names the connection's table names
	 * @param operation the operation, for the message
	 * @param logical the name as the caller gave it
	 * @return the name with the prefix applied
	 */
	public static TableName table(TableNames names, Operation operation, String logical) {
		try {
			return names.of(logical);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Builds a request, turning conversion problems into {@link InvalidArgumentException} naming the tables.
	 * @param operation the operation
	 * @param tables the tables, as the caller named them
	 * @param request builds the request
	 * @return the request
	 */
	public static <T> T prepare(Operation operation, List<String> tables, Supplier<T> request) {
		try {
			return request.get();
		}
		catch (DynamoConnectionException ex) {
			throw ex;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidArgumentException(operation.awsName(), tables,
					ExceptionTranslator.describe(operation, tables, null, String.valueOf(ex.getMessage())), ex);
		}
	}

	/**
	 * What a caller of {@code operation} gets when resolving the key schema found no table: the
	 * DescribeTable failure itself for DescribeTable, else a {@link TableDoesNotExistException} of {@code operation}.
	 */
	public static TableDoesNotExistException missingTable(Operation operation, TableName table, TableDoesNotExistException ex) {
		if (operation == Operation.DESCRIBE_TABLE) {
			return ex;
		}
		return new TableDoesNotExistException(operation.awsName(), table.logicalList(), ex.errorCode(),
				operation.awsName() + " on table '" + table.logical() + "' failed: table '" + table.logical()
						+ "' does not exist",
				ex);
	}

}
