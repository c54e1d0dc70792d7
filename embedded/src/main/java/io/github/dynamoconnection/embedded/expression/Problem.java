package io.github.dynamoconnection.embedded.expression;

/**
 * Kinds of static (non-syntax) errors found while parsing, in the order DynamoDB reports them when an
 * expression has several: the parsers note the first of each kind and report the highest-ranked one.
 */
enum Problem {

	REDUNDANT_PARENTHESES, UNKNOWN_FUNCTION, MISUSED_FUNCTION, RESERVED_WORD, SECTION_REPEATED, UNDEFINED_NAME,
	UNDEFINED_VALUE, OPERAND_COUNT, NOT_DISTINCT, PATH_OVERLAP, PATH_CONFLICT, OPERAND_TYPE

}
