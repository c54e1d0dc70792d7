package io.github.dynamoconnection.embedded.partiql;

import io.github.dynamoconnection.embedded.contract.EngineException;

/** DynamoDB's PartiQL error texts. */
final class PartiqlErrors {

	static final String NOT_WELL_FORMED = "Statement wasn't well formed, can't be processed: ";

	static final String MISSING_KEY_EQUALITY = "Where clause does not contain a mandatory equality on all key attributes";

	static final String PARAMETER_COUNT = "Number of parameters in request and statement don't match.";

	static final String DUPLICATE_ITEM = "Duplicate primary key exists in table";

	private PartiqlErrors() {
	}

	/** A statement that does not parse. */
	static EngineException syntax(String detail) {
		return EngineException.validation(NOT_WELL_FORMED + detail);
	}

	/** A statement that parses but that DynamoDB does not support. */
	static EngineException unsupported(String detail) {
		return EngineException.validation(detail);
	}

	/** INSERT of an item whose key exists. */
	static EngineException duplicateItem() {
		return new EngineException("DuplicateItemException", DUPLICATE_ITEM);
	}

}
