package io.github.dynamoconnection.test.autoconfigure;

/**
 * The second of two test classes sharing a cached context; see {@link EmbeddedDynamoDbResetTestCases}.
 */
class EmbeddedDynamoDbResetSecondTests extends EmbeddedDynamoDbResetTestCases {

}
