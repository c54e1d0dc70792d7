/**
 * DynamoDB's expression language for the engine: condition, filter, key-condition, update and projection
 * expressions, and the legacy parameters that predate them. Text is tokenized ({@code Lexer}), parsed to an
 * immutable AST ({@code Condition}, {@code Operand}, {@code UpdateAction}, {@code DocumentPath}) by recursive-descent
 * parsers that also validate it statically, then evaluated against items. Entry points:
 * {@link io.github.dynamoconnection.embedded.expression.ExpressionParser} and
 * {@link io.github.dynamoconnection.embedded.expression.LegacyConditions}; every error is a ValidationException with
 * DynamoDB's message.
 */
package io.github.dynamoconnection.embedded.expression;
