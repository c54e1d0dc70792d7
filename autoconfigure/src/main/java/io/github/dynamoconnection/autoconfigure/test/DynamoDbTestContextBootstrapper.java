package io.github.dynamoconnection.autoconfigure.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;
import org.springframework.test.context.TestContextBootstrapper;

/**
 * {@link TestContextBootstrapper} for {@link DynamoDbTest @DynamoDbTest}.
 */
class DynamoDbTestContextBootstrapper extends TestSliceTestContextBootstrapper<DynamoDbTest> {

}
