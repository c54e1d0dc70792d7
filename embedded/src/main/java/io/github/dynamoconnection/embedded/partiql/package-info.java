/**
 * DynamoDB's PartiQL operations for the engine: statements are tokenized and parsed ({@code PartiqlParser}), then
 * translated ({@code StatementPlanner}) to the engine's own JSON operations (Query, Scan, GetItem, PutItem,
 * UpdateItem, DeleteItem, TransactGetItems, TransactWriteItems) with generated expression placeholders, so that no
 * storage or validation logic is repeated here. Entry point:
 * {@link io.github.dynamoconnection.embedded.partiql.PartiqlExecutor}.
 */
package io.github.dynamoconnection.embedded.partiql;
