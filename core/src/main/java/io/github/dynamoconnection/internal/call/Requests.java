package io.github.dynamoconnection.internal.call;

import java.util.List;
import java.util.function.Supplier;

import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;

/**
 * What building any request shares: bad input turned into {@link InvalidArgumentException} before
 * anything is sent.
 */
public final class Requests {

	private Requests() {
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

}
