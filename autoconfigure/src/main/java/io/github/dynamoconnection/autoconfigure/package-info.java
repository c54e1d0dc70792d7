/**
 * Auto-configuration for dynamo-connection: properties, connection details, the DynamoDbClient and the Connection.
 */
@NullMarked
package io.github.dynamoconnection.autoconfigure;

import org.jspecify.annotations.NullMarked;
