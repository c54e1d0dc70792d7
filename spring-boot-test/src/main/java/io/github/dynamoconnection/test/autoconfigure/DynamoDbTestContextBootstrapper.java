package io.github.dynamoconnection.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;
import org.springframework.test.context.TestContextBootstrapper;

/**
 * {@link TestContextBootstrapper} for {@link DynamoDbTest @DynamoDbTest}.
 */
class DynamoDbTestContextBootstrapper extends TestSliceTestContextBootstrapper<DynamoDbTest> {

}
