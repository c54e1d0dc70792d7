package io.github.dynamoconnection.test.autoconfigure;

/**
 * The first of two test classes sharing a cached context; see {@link EmbeddedDynamoDbResetTestCases}.
 */
class EmbeddedDynamoDbResetFirstTests extends EmbeddedDynamoDbResetTestCases {

}
