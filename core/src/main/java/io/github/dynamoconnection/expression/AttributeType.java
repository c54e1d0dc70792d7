package io.github.dynamoconnection.expression;

/** DynamoDB attribute types, as tested by {@code attribute_type(path, :type)}. */
public enum AttributeType {

	/** String. */
	S,
	/** String set. */
	SS,
	/** Number. */
	N,
	/** Number set. */
	NS,
	/** Binary. */
	B,
	/** Binary set. */
	BS,
	/** Boolean. */
	BOOL,
	/** Null. */
	NULL,
	/** List. */
	L,
	/** Map. */
	M

}
